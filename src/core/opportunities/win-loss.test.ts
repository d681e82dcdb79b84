import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LOST_REASONS } from './lost-reasons'
import { OPEN_STAGES } from './stages'
import { winLoss, type ClosedGroup } from './win-loss'

const group = (g: Partial<ClosedGroup>): ClosedGroup => ({
  ownerId: 'r1',
  ownerName: 'Ray',
  outcome: 'won',
  highestStage: 'money',
  lostAtStage: null,
  lossReason: null,
  month: '2026-11',
  count: 1,
  amountMinor: 100_00,
  ...g,
})

describe('winLoss', () => {
  it('counts how far closed opportunities got, where they were lost, and converts stage to stage', () => {
    const result = winLoss([
      group({ count: 2, amountMinor: 500_00 }),
      group({ outcome: 'lost', highestStage: 'person', lostAtStage: 'person', lossReason: 'relationship' }),
      // Reached money, slipped back to platform, lost there: reached counts money, lost-at platform.
      group({
        outcome: 'lost',
        highestStage: 'money',
        lostAtStage: 'platform',
        lossReason: 'price',
        ownerId: 'r2',
        ownerName: 'Rita',
        month: '2026-10',
        amountMinor: 300_00,
      }),
    ])
    expect(result.total).toMatchObject({ count: 4, won: 2, lost: 2, wonAmount: 500_00, winRate: 0.5 })
    expect(result.stages.map((s) => [s.stage, s.reached, s.lostAt, s.conversion])).toEqual([
      ['person', 4, 1, 3 / 4],
      ['platform', 3, 1, 1],
      ['money', 3, 0, 2 / 3],
      ['won', 2, 0, null],
    ])
    expect(result.reasons).toEqual([
      { reason: 'price', count: 1, amount: 300_00, share: 0.5 },
      { reason: 'relationship', count: 1, amount: 100_00, share: 0.5 },
    ])
    expect(result.reps.map((r) => [r.ownerName, r.won, r.lost, r.winRate])).toEqual([
      ['Ray', 2, 1, 2 / 3],
      ['Rita', 0, 1, 0],
    ])
    expect(result.months.map((m) => m.month)).toEqual(['2026-10', '2026-11'])
  })
  it('has no rates when nothing closed', () => {
    const empty = winLoss([])
    expect(empty.total).toMatchObject({ count: 0, winRate: null })
    expect(empty.stages.every((s) => s.reached === 0 && s.conversion === null)).toBe(true)
  })

  const groups = fc.array(
    fc
      .record({
        ownerId: fc.constantFrom('a', 'b', 'c'),
        outcome: fc.constantFrom('won' as const, 'lost' as const),
        highest: fc.nat(2),
        lostAt: fc.nat(2),
        lossReason: fc.constantFrom(...LOST_REASONS),
        month: fc.constantFrom('2026-01', '2026-02', '2026-03'),
        count: fc.integer({ min: 1, max: 50 }),
        amountMinor: fc.nat(1_000_000_000_000),
      })
      .map((g): ClosedGroup => ({
        ownerId: g.ownerId,
        ownerName: g.ownerId.toUpperCase(),
        outcome: g.outcome,
        highestStage: OPEN_STAGES[Math.max(g.highest, g.lostAt)] ?? 'person',
        lostAtStage: g.outcome === 'lost' ? (OPEN_STAGES[g.lostAt] ?? 'person') : null,
        lossReason: g.outcome === 'lost' ? g.lossReason : null,
        month: g.month,
        count: g.count,
        amountMinor: g.amountMinor,
      })),
    { maxLength: 30 },
  )

  it('adds up: won + lost at each hurdle = all = reps = months = reasons + won; amounts exact (property)', () => {
    fc.assert(
      fc.property(groups, (gs) => {
        const r = winLoss(gs)
        const count = gs.reduce((s, g) => s + g.count, 0)
        const amount = gs.reduce((s, g) => s + g.amountMinor, 0)
        expect(r.total.count).toBe(count)
        expect(r.total.amount).toBe(amount)
        expect(r.total.won + r.stages.reduce((s, x) => s + x.lostAt, 0)).toBe(count)
        expect(r.total.wonAmount + r.stages.reduce((s, x) => s + x.lostAtAmount, 0)).toBe(amount)
        expect(r.reasons.reduce((s, x) => s + x.count, 0)).toBe(r.total.lost)
        expect(r.reasons.reduce((s, x) => s + x.amount, 0)).toBe(r.total.lostAmount)
        for (const parts of [r.reps, r.months]) {
          expect(parts.reduce((s, x) => s + x.won + x.lost, 0)).toBe(count)
          expect(parts.reduce((s, x) => s + x.wonAmount + x.lostAmount, 0)).toBe(amount)
        }
        expect(r.stages[0]?.reached).toBe(count)
      }),
    )
  })
  it('reaches fewer at each later stage, converts at most 1, and the conversions multiply to the win rate (property)', () => {
    fc.assert(
      fc.property(groups, (gs) => {
        const r = winLoss(gs)
        for (let i = 1; i < r.stages.length; i++)
          expect(r.stages[i]?.reached).toBeLessThanOrEqual(r.stages[i - 1]?.reached ?? 0)
        for (const s of r.stages)
          if (s.conversion !== null) {
            expect(s.conversion).toBeGreaterThanOrEqual(0)
            expect(s.conversion).toBeLessThanOrEqual(1)
          }
        if (r.total.count > 0 && r.total.won > 0) {
          const product = r.stages.reduce((p, s) => p * (s.conversion ?? 1), 1)
          expect(product).toBeCloseTo(r.total.winRate ?? 0, 12)
        }
      }),
    )
  })
})
