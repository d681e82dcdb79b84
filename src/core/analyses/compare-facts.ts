import type { Change } from './change'
import { count, percent, period, type Fact } from './fact'
import { changeFact } from './gain-loss-facts'
import type { Period } from './period'

export type PeriodComparison = {
  sales: Change
  collections: Change
  receivables: Change
  expenses: Change
  newCustomers: Change
  expenseRatio: { current: number | null; previous: number | null }
}

/** Two periods compared, in sentences: "Collections Aug–Dec 2026 were 23.4 % higher than Mar–Jul 2026". */
export function comparisonFacts(c: PeriodComparison, periods: { period: Period; previous: Period }): Fact[] {
  const facts = [
    ...changeFact('analysis.metric.sales', c.sales, periods),
    ...changeFact('analysis.metric.collections', c.collections, periods),
    ...changeFact('analysis.metric.receivables', c.receivables, periods),
    ...changeFact('analysis.metric.expenses', c.expenses, periods),
    ...changeFact('analysis.metric.newCustomers', c.newCustomers, periods, count),
  ]
  const { current, previous } = c.expenseRatio
  if (current !== null && previous !== null)
    facts.push({
      key: 'fact.expense_ratio',
      params: {
        period: period(periods.period),
        previousPeriod: period(periods.previous),
        current: percent(current),
        previous: percent(previous),
      },
    })
  return facts
}
