import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { drawSample, repQuota, type AuditableRecord, type DrawRule } from './draw-sample'

const record = (id: string, repId: string, customerId: string, on = '2026-11-02'): AuditableRecord => ({
  kind: 'follow_up',
  id,
  repId,
  customerId,
  on,
})

const arbRecords = fc
  .array(
    fc.record({
      kind: fc.constantFrom('follow_up' as const, 'visit' as const),
      rep: fc.integer({ min: 0, max: 4 }),
      customer: fc.integer({ min: 0, max: 25 }),
      day: fc.integer({ min: 1, max: 28 }),
    }),
    { maxLength: 80 },
  )
  .map((rows) =>
    rows.map((r, i) => ({
      kind: r.kind,
      id: `rec-${String(i).padStart(3, '0')}`,
      repId: `rep-${r.rep}`,
      customerId: `cus-${r.customer}`,
      on: `2026-11-${String(r.day).padStart(2, '0')}`,
    })),
  )
const arbRule: fc.Arbitrary<DrawRule> = fc.oneof(
  fc.integer({ min: 1, max: 10_000 }).map((shareBp) => ({ mode: 'share' as const, shareBp })),
  fc.integer({ min: 1, max: 6 }).map((count) => ({ mode: 'count' as const, count })),
)
const arbExcluded = fc
  .uniqueArray(fc.integer({ min: 0, max: 25 }), { maxLength: 10 })
  .map((ns) => new Set(ns.map((n) => `cus-${n}`)))
const arbSeed = fc.integer({ min: 0, max: 2 ** 32 - 1 })

describe('repQuota', () => {
  it('rounds a share up, exactly, and asks at least one of anyone who recorded something', () => {
    expect(repQuota({ mode: 'share', shareBp: 1000 }, 30)).toBe(3)
    expect(repQuota({ mode: 'share', shareBp: 1000 }, 31)).toBe(4)
    expect(repQuota({ mode: 'share', shareBp: 1000 }, 3)).toBe(1)
    expect(repQuota({ mode: 'share', shareBp: 10_000 }, 7)).toBe(7)
    expect(repQuota({ mode: 'share', shareBp: 1 }, 1)).toBe(1)
    expect(repQuota({ mode: 'count', count: 5 }, 2)).toBe(5)
    expect(repQuota({ mode: 'count', count: 5 }, 0)).toBe(0)
  })
})

describe('drawSample', () => {
  it('draws one record per customer, skips excluded customers and reports each rep', () => {
    const population = [
      record('a1', 'rep-a', 'c1'),
      record('a2', 'rep-a', 'c1', '2026-11-03'),
      record('a3', 'rep-a', 'c2'),
      record('b1', 'rep-b', 'c3'),
      record('b2', 'rep-b', 'c3', '2026-11-05'),
      record('z1', 'rep-z', 'c9'),
    ]
    const outcome = drawSample({
      population,
      excludedCustomerIds: new Set(['c9']),
      rule: { mode: 'count', count: 2 },
      seed: 7,
    })
    expect(new Set(outcome.sample.map((r) => r.customerId))).toEqual(new Set(['c1', 'c2', 'c3']))
    expect(outcome.reps).toEqual([
      { repId: 'rep-a', recorded: 3, eligible: 3, quota: 2, drawn: 2 },
      { repId: 'rep-b', recorded: 2, eligible: 2, quota: 2, drawn: 1 },
      { repId: 'rep-z', recorded: 1, eligible: 0, quota: 2, drawn: 0 },
    ])
  })

  it('gives a customer shared by two reps to the rep who has no other, so both get one', () => {
    for (const seed of [0, 1, 2, 3, 4, 5]) {
      const { reps } = drawSample({
        population: [
          record('a1', 'rep-a', 'shared'),
          record('a2', 'rep-a', 'own'),
          record('b1', 'rep-b', 'shared'),
        ],
        excludedCustomerIds: new Set(),
        rule: { mode: 'count', count: 1 },
        seed,
      })
      expect(reps.map((r) => r.drawn)).toEqual([1, 1])
    }
  })

  it('pins the sample of a known seed, so a change of algorithm cannot pass unnoticed', () => {
    const population = Array.from({ length: 20 }, (_, i) =>
      record(`r${String(i).padStart(2, '0')}`, 'rep', `c${i}`),
    )
    const ids = (seed: number) =>
      drawSample({
        population,
        excludedCustomerIds: new Set(),
        rule: { mode: 'share', shareBp: 1500 },
        seed,
      }).sample.map((r) => r.id)
    expect(ids(1)).toHaveLength(3)
    expect(ids(1)).toEqual(ids(1))
    expect(ids(1)).not.toEqual(ids(2))
    expect(ids(1)).toMatchInlineSnapshot(`
      [
        "r03",
        "r06",
        "r13",
      ]
    `)
  })

  it('gives the same sample for the same seed and data, whatever order the records come in (property)', () => {
    fc.assert(
      fc.property(
        arbRecords,
        arbExcluded,
        arbRule,
        arbSeed,
        fc.integer(),
        (population, excluded, rule, seed, salt) => {
          const shuffled = [...population].sort(
            (a, b) => ((a.id.charCodeAt(4) * salt) % 7) - ((b.id.charCodeAt(4) * salt) % 7),
          )
          const first = drawSample({ population, excludedCustomerIds: excluded, rule, seed })
          const second = drawSample({
            population: shuffled.reverse(),
            excludedCustomerIds: excluded,
            rule,
            seed,
          })
          expect(second).toEqual(first)
        },
      ),
    )
  })

  it('respects the rule: at least one of each rep with an eligible record, the quota unless customers run out (property)', () => {
    fc.assert(
      fc.property(arbRecords, arbExcluded, arbRule, arbSeed, (population, excluded, rule, seed) => {
        const { sample, reps } = drawSample({ population, excludedCustomerIds: excluded, rule, seed })
        const sampledCustomers = new Set(sample.map((r) => r.customerId))
        for (const rep of reps) {
          const own = population.filter((r) => r.repId === rep.repId)
          const drawn = sample.filter((r) => r.repId === rep.repId)
          expect(rep.recorded).toBe(own.length)
          expect(rep.quota).toBe(repQuota(rule, own.length))
          expect(rep.drawn).toBe(drawn.length)
          expect(rep.drawn).toBeLessThanOrEqual(rep.quota)
          // Short of the quota only when every eligible customer of the rep is already called about.
          if (rep.drawn < rep.quota)
            for (const r of own)
              if (!excluded.has(r.customerId)) expect(sampledCustomers.has(r.customerId)).toBe(true)
          // At least one per rep who recorded any, unless all their customers are excluded or
          // are the only customers other reps could be called about.
          if (rep.eligible > 0 && rep.drawn === 0)
            for (const r of own)
              if (!excluded.has(r.customerId)) expect(sampledCustomers.has(r.customerId)).toBe(true)
          if (rule.mode === 'share' && rep.drawn === rep.quota)
            expect(rep.drawn * 10_000).toBeGreaterThanOrEqual(rule.shareBp * rep.recorded)
        }
        expect(new Set(reps.map((r) => r.repId))).toEqual(new Set(population.map((r) => r.repId)))
      }),
    )
  })

  it('never draws an excluded customer, a customer twice, a record twice, or anything outside the population (property)', () => {
    fc.assert(
      fc.property(arbRecords, arbExcluded, arbRule, arbSeed, (population, excluded, rule, seed) => {
        const { sample } = drawSample({ population, excludedCustomerIds: excluded, rule, seed })
        expect(sample.filter((r) => excluded.has(r.customerId))).toEqual([])
        expect(new Set(sample.map((r) => r.customerId)).size).toBe(sample.length)
        expect(new Set(sample.map((r) => r.id)).size).toBe(sample.length)
        for (const r of sample) expect(population).toContainEqual(r)
      }),
    )
  })
})
