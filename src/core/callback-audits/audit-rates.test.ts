import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { AUDIT_RESULTS } from './audit-results'
import { auditRates, auditRatesByRep, type AuditedItem } from './audit-rates'

describe('auditRates', () => {
  it('leaves unreachable calls out of the confirmation rate and pending ones out of satisfaction', () => {
    const rates = auditRates([
      { repId: 'a', result: 'confirmed', satisfaction: 5 },
      { repId: 'a', result: 'confirmed', satisfaction: 4 },
      { repId: 'a', result: 'confirmed', satisfaction: null },
      { repId: 'a', result: 'discrepancy', satisfaction: 2 },
      { repId: 'a', result: 'unreachable', satisfaction: null },
      { repId: 'a', result: null, satisfaction: null },
    ])
    expect(rates).toEqual({
      drawn: 6,
      pending: 1,
      confirmed: 3,
      discrepancy: 1,
      unreachable: 1,
      confirmationRate: 0.75,
      satisfaction: 11 / 3,
      satisfactionCount: 3,
    })
  })
  it('has no rate when nobody was reached', () => {
    expect(
      auditRates([{ repId: 'a', result: 'unreachable', satisfaction: null }]).confirmationRate,
    ).toBeNull()
    expect(auditRates([]).satisfaction).toBeNull()
  })
  it('keeps the rate in [0, 1], the satisfaction in [1, 5], and the reps adding up to the total (property)', () => {
    const arbItem: fc.Arbitrary<AuditedItem> = fc.record({
      repId: fc.constantFrom('a', 'b', 'c'),
      result: fc.constantFrom(null, ...AUDIT_RESULTS),
      satisfaction: fc.option(fc.integer({ min: 1, max: 5 })),
    })
    fc.assert(
      fc.property(fc.array(arbItem), (items) => {
        const { byRep, total } = auditRatesByRep(['a', 'b', 'c'], items)
        const reps = [...byRep.values()]
        for (const key of ['drawn', 'pending', 'confirmed', 'discrepancy', 'unreachable'] as const)
          expect(reps.reduce((sum, r) => sum + r[key], 0)).toBe(total[key])
        expect(total.drawn).toBe(total.pending + total.confirmed + total.discrepancy + total.unreachable)
        if (total.confirmationRate !== null) {
          expect(total.confirmationRate).toBeGreaterThanOrEqual(0)
          expect(total.confirmationRate).toBeLessThanOrEqual(1)
        }
        if (total.satisfaction !== null) {
          expect(total.satisfaction).toBeGreaterThanOrEqual(1)
          expect(total.satisfaction).toBeLessThanOrEqual(5)
        }
      }),
    )
  })
})
