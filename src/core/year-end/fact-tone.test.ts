import { describe, expect, it } from 'vitest'
import { factsByTone, factTone } from './fact-tone'

const metric = (key: string, name: string) => ({ key, params: { metric: { kind: 'label', key: name } } })

describe('positive and negative factors from the facts', () => {
  it('reads a rise as good for sales, collections and new customers, bad for receivables and expenses', () => {
    expect(factTone(metric('fact.metric_up', 'analysis.metric.sales'))).toBe('positive')
    expect(factTone(metric('fact.metric_down', 'analysis.metric.collections'))).toBe('negative')
    expect(factTone(metric('fact.metric_up', 'analysis.metric.expenses'))).toBe('negative')
    expect(factTone(metric('fact.metric_down', 'analysis.metric.receivables'))).toBe('positive')
    expect(factTone(metric('fact.metric_same', 'analysis.metric.sales'))).toBe('neutral')
  })

  it('reads a lower expense ratio and more expansion than contraction as good', () => {
    const ratio = (current: number, previous: number) => ({
      key: 'fact.expense_ratio',
      params: {
        current: { kind: 'percent', value: current },
        previous: { kind: 'percent', value: previous },
      },
    })
    expect(factTone(ratio(0.02, 0.03))).toBe('positive')
    expect(factTone(ratio(0.04, 0.03))).toBe('negative')
    const retained = (expansion: number, contraction: number) => ({
      key: 'fact.retained_customers',
      params: {
        expansion: { kind: 'money', value: expansion },
        contraction: { kind: 'money', value: contraction },
      },
    })
    expect(factTone(retained(10, 5))).toBe('positive')
    expect(factTone(retained(5, 10))).toBe('negative')
    expect(factTone({ key: 'fact.lost_customers', params: {} })).toBe('negative')
    expect(factTone({ key: 'fact.new_customers_one', params: {} })).toBe('positive')
  })

  it('splits the sentences once each, in order', () => {
    const up = { ...metric('fact.metric_up', 'analysis.metric.sales'), text: 'Sales up.' }
    const lost = { key: 'fact.lost_customers', params: {}, text: '3 lost.' }
    expect(factsByTone([up, lost, up])).toEqual({ positive: ['Sales up.'], negative: ['3 lost.'] })
  })
})
