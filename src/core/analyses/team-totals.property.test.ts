import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { sumTeam, teamRates, type TeamSums } from './team-totals'

const count = fc.integer({ min: 0, max: 10_000 })
const cents = fc.integer({ min: 0, max: 10_000_000_000 })

/** A rep's sums as the database gives them: parts never above their wholes, a receivable of either sign. */
const row: fc.Arbitrary<TeamSums> = fc
  .record({
    orders: count,
    sales: cents,
    collections: cents,
    receivable: fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
    newCustomers: count,
    customers: count,
    coverageRequired: count,
    counted: fc.double({ min: 0, max: 1, noNaN: true }),
    objectivesPlanned: count,
    achieved: fc.double({ min: 0, max: 1, noNaN: true }),
    auditsReached: count,
    confirmed: fc.double({ min: 0, max: 1, noNaN: true }),
    expenses: cents,
    commission: fc.option(cents, { nil: null, freq: 5 }),
  })
  .map(({ counted, achieved, confirmed, ...r }) => ({
    ...r,
    coverageCounted: Math.floor(r.coverageRequired * counted),
    objectivesAchieved: Math.floor(r.objectivesPlanned * achieved),
    auditsConfirmed: Math.floor(r.auditsReached * confirmed),
  }))

describe('team totals (DOMAIN.md "Analyses", Team)', () => {
  it('adds every figure of the rows, exactly', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 120 }), (rows) => {
        const total = sumTeam(rows)
        for (const key of Object.keys(total) as (keyof TeamSums)[]) {
          if (key === 'commission') continue
          expect(total[key]).toBe(rows.reduce((sum, r) => sum + r[key], 0))
        }
        const unknown = rows.some((r) => r.commission === null)
        expect(total.commission).toBe(unknown ? null : rows.reduce((sum, r) => sum + (r.commission ?? 0), 0))
      }),
    )
  })

  it("takes the team's rates as its parts over its wholes, null exactly when the whole is 0", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 120 }), (rows) => {
        const total = sumTeam(rows)
        const rates = teamRates(total)
        const check = (rate: number | null, part: number, whole: number) => {
          if (whole === 0) expect(rate).toBeNull()
          else {
            expect(rate).toBe(part / whole)
            expect(rate).toBeGreaterThanOrEqual(0)
            expect(rate).toBeLessThanOrEqual(1)
          }
        }
        check(rates.coverage, total.coverageCounted, total.coverageRequired)
        check(rates.achievedRate, total.objectivesAchieved, total.objectivesPlanned)
        check(rates.confirmationRate, total.auditsConfirmed, total.auditsReached)
        expect(rates.expenseRatio).toBe(total.sales === 0 ? null : total.expenses / total.sales)
        // The team's rate lies between its reps' lowest and highest (a weighted mean, not a plain one).
        const shown = rows.map((r) => teamRates(r).coverage).filter((c): c is number => c !== null)
        if (rates.coverage !== null) {
          expect(rates.coverage).toBeGreaterThanOrEqual(Math.min(...shown) - 1e-12)
          expect(rates.coverage).toBeLessThanOrEqual(Math.max(...shown) + 1e-12)
        }
      }),
    )
  })
})
