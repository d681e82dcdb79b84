import { describe, expect, it } from 'vitest'
import { planIssues } from './plan-issues'

const b = (from: number, to: number | null, rateBp = 300) => ({ from, to, rateBp })
const progressive = (brackets: Parameters<typeof planIssues>[0]) => planIssues(brackets, 'progressive')

describe('planIssues: brackets from 0, contiguous, without overlap, rates 0–100 %', () => {
  it('accepts the issue example, a closed last bracket, and a single open bracket', () => {
    expect(progressive([b(0, 10_000_000), b(10_000_000, 30_000_000, 500), b(30_000_000, null, 800)])).toEqual(
      [],
    )
    expect(progressive([b(0, 100), b(100, 200)])).toEqual([])
    expect(progressive([b(0, null, 0)])).toEqual([])
  })
  it('names the bracket that leaves a gap, and the one it follows', () => {
    expect(progressive([b(0, 100), b(150, null)])).toEqual([
      {
        path: 'brackets.1.from',
        key: 'field.bracket_gap',
        params: { n: 2, previous: 1, from: '1.50', to: '1.00' },
      },
    ])
  })
  it('names the bracket that overlaps the previous one', () => {
    expect(progressive([b(0, 100), b(100, 300), b(250, null)])).toEqual([
      {
        path: 'brackets.2.from',
        key: 'field.bracket_overlap',
        params: { n: 3, previous: 2, from: '2.50', to: '3.00' },
      },
    ])
  })
  it('refuses a first bracket not starting at 0, a negative rate, an empty and a middle open bracket', () => {
    expect(
      progressive([b(5, 100), b(100, 100, -1), b(100, null), b(200, null)]).map((i) => [i.path, i.key]),
    ).toEqual([
      ['brackets.0.from', 'field.bracket_start'],
      ['brackets.1.rateBp', 'field.bracket_rate'],
      ['brackets.1.to', 'field.bracket_empty'],
      ['brackets.2.to', 'field.bracket_open'],
    ])
    expect(progressive([b(0, null, 10_001)])).toMatchObject([{ key: 'field.bracket_rate', params: { n: 1 } }])
    expect(progressive([])).toMatchObject([{ path: 'brackets', key: 'field.too_few' }])
  })
  it('paid whole, refuses a rate below the bracket before it (collecting more would pay less)', () => {
    const falling = [b(0, 100, 500), b(100, 200, 500), b(200, null, 300)]
    expect(planIssues(falling, 'whole')).toEqual([
      { path: 'brackets.2.rateBp', key: 'field.bracket_rate_falls', params: { n: 3, previous: 2 } },
    ])
    expect(planIssues(falling, 'progressive')).toEqual([])
  })
})
