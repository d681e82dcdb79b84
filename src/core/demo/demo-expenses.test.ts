import { describe, expect, it } from 'vitest'
import { demoExpenses } from './demo-expenses'
import { seededRandom } from '../random/seeded-random'

describe('demoExpenses', () => {
  const make = () => demoExpenses(['rep1', 'rep2'], '2026-11-27', seededRandom(5))
  it('is reproducible, dated within three years up to today, and positive', () => {
    const { expenses, budgets } = make()
    expect(make()).toEqual({ expenses, budgets })
    for (const e of expenses) {
      expect(e.expenseDate >= '2023-01-01' && e.expenseDate <= '2026-11-27').toBe(true)
      expect(e.amountMinor).toBeGreaterThan(0)
    }
    expect(budgets).toHaveLength(8)
  })
  it('leaves only recent expenses undecided', () => {
    for (const e of make().expenses.filter((x) => x.status === 'draft' || x.status === 'submitted'))
      expect(e.expenseDate >= '2026-11-17').toBe(true)
  })
})
