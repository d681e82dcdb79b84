import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { addDays, addMonths } from '../dates/local-date'
import { bracketLines } from './bracket-lines'
import type { Bracket } from './commission-plan'
import { commissionStatement, type StatementPlan } from './commission-statement'
import { planIssues } from './plan-issues'

/**
 * Valid brackets: cut points strictly increasing from 0, the last open-ended or a cap. With
 * `increasing`, rates never go down from one bracket to the next — the precondition under which
 * progressive can never pay more than whole (every slice's rate ≤ the reached bracket's rate).
 */
const brackets = (increasing: boolean) =>
  fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: 5_000_000_000 }), { minLength: 0, maxLength: 5 }),
      fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 6, maxLength: 6 }),
      fc.boolean(),
    )
    .map(([cuts, rates, open]): Bracket[] => {
      const edges = [0, ...cuts.sort((a, b) => a - b)]
      const sorted = increasing ? [...rates].sort((a, b) => a - b) : rates
      return edges.map((from, i) => ({
        from,
        to: edges[i + 1] ?? (open ? null : from + 1 + (rates[0] ?? 0) * 1_000),
        rateBp: sorted[i] ?? 0,
      }))
    })
const collected = fc.oneof(
  fc.integer({ min: -1_000_000, max: 10_000_000_000 }),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
)
const total = (lines: { amountMinor: number }[]) => lines.reduce((s, l) => s + l.amountMinor, 0)

describe('bracket commission, for any valid plan', () => {
  it('generated brackets are valid (so the properties below speak of valid plans)', () => {
    fc.assert(
      fc.property(brackets(false), (b) => {
        expect(planIssues(b, 'progressive')).toEqual([])
      }),
    )
  })

  it('progressive never exceeds whole when rates do not decrease — after rounding too', () => {
    fc.assert(
      fc.property(brackets(true), collected, (b, amount) => {
        expect(total(bracketLines('progressive', b, amount))).toBeLessThanOrEqual(
          total(bracketLines('whole', b, amount)),
        )
      }),
    )
  })

  it('every line is an exact integer: base × rate / 10 000 rounded down, never above the exact value', () => {
    fc.assert(
      fc.property(brackets(false), collected, fc.constantFrom('progressive', 'whole'), (b, amount, mode) => {
        for (const line of bracketLines(mode as 'progressive', b, amount)) {
          expect(Number.isSafeInteger(line.amountMinor)).toBe(true)
          const exact = BigInt(line.baseMinor) * BigInt(line.rateBp)
          expect(BigInt(line.amountMinor) * 10_000n <= exact).toBe(true)
          expect(exact - BigInt(line.amountMinor) * 10_000n < 10_000n).toBe(true)
        }
      }),
    )
  })

  it('progressive slices cover the collections exactly once, up to a closed last bracket', () => {
    fc.assert(
      fc.property(brackets(false), collected, (b, amount) => {
        const cap = b[b.length - 1]?.to ?? null
        const counted = amount <= 0 ? 0 : cap === null ? amount : Math.min(amount, cap)
        expect(total(bracketLines('progressive', b, amount).map((l) => ({ amountMinor: l.baseMinor })))).toBe(
          counted,
        )
      }),
    )
  })
})

const START = '2026-01-01'
const day = fc.integer({ min: 0, max: 90 }).map((n) => addDays(START, n))
const plan = fc.record({
  id: fc.constantFrom('p1', 'p2'),
  name: fc.constantFrom('Standard', '標準'),
  mode: fc.constantFrom('progressive' as const, 'whole' as const),
  brackets: brackets(false),
  newCustomerBonusMinor: fc.integer({ min: 0, max: 1_000_000 }),
  bonusMinOrderMinor: fc.option(fc.integer({ min: 0, max: 5_000_000 })),
}) as fc.Arbitrary<StatementPlan>
/** Non-overlapping assignments: sorted distinct days paired up as [from, to]. */
const assignments = fc
  .tuple(
    fc.uniqueArray(fc.integer({ min: 0, max: 90 }), { maxLength: 6 }),
    fc.array(plan, { minLength: 3, maxLength: 3 }),
  )
  .map(([days, plans]) => {
    const sorted = days.sort((a, b) => a - b)
    const out = []
    for (let i = 0; i + 1 < sorted.length; i += 2)
      out.push({
        id: `a${i}`,
        from: addDays(START, sorted[i] as number),
        to: addDays(START, sorted[i + 1] as number),
        plan: plans[i / 2] as StatementPlan,
      })
    return out
  })
const input = fc.record({
  period: fc.tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
  assignments,
  collections: fc.array(fc.record({ on: day, amountMinor: fc.integer({ min: -100_000, max: 50_000_000 }) })),
  newCustomers: fc.array(
    fc.record({
      customerId: fc.uuid(),
      customerName: fc.string(),
      orderId: fc.uuid(),
      orderNumber: fc.string(),
      orderDate: day,
      orderAmountMinor: fc.integer({ min: 1, max: 10_000_000 }),
    }),
    { maxLength: 5 },
  ),
  adjustments: fc.array(
    fc.record({
      id: fc.uuid(),
      from: fc.constant(START),
      to: day,
      reason: fc.string({ minLength: 1 }),
      amountMinor: fc.integer({ min: -1_000_000, max: 1_000_000 }).filter((n) => n !== 0),
    }),
    { maxLength: 4 },
  ),
})

describe('a statement, for any plans, assignments, collections, new customers and adjustments', () => {
  it('adds up: the total is the sum of its lines, and each subtotal the sum of its kind', () => {
    fc.assert(
      fc.property(input, (i) => {
        const s = commissionStatement(i)
        expect(s.totalMinor).toBe(total(s.lines))
        expect(s.totalMinor).toBe(s.bracketMinor + s.bonusMinor + s.adjustmentMinor)
        expect(s.bracketMinor).toBe(
          total(s.lines.filter((l) => l.kind === 'bracket' || l.kind === 'earlier')),
        )
        expect(s.lines.every((l) => Number.isSafeInteger(l.amountMinor))).toBe(true)
      }),
    )
  })
  it('accounts for every collection of the period once: in a plan segment or an uncovered range', () => {
    fc.assert(
      fc.property(input, (i) => {
        const s = commissionStatement(i)
        expect(total([...s.segments, ...s.uncovered].map((p) => ({ amountMinor: p.collectedMinor })))).toBe(
          s.collectedMinor,
        )
      }),
    )
  })
  it('pays or explains every new customer of the period, once', () => {
    fc.assert(
      fc.property(input, (i) => {
        const s = commissionStatement(i)
        const inPeriod = i.newCustomers.filter(
          (c) => c.orderDate >= i.period.from && c.orderDate <= i.period.to,
        )
        const paid = s.lines.filter((l) => l.kind === 'bonus').length
        const noBonus = inPeriod.filter((c) => {
          const a = i.assignments.find((x) => c.orderDate >= x.from && c.orderDate <= x.to)
          return a !== undefined && a.plan.newCustomerBonusMinor === 0
        }).length
        expect(paid + s.unpaid.length + noBonus).toBe(inPeriod.length)
      }),
    )
  })
})

describe('a plan assigned for a year', () => {
  const YEAR = { from: '2026-01-01', to: '2026-12-31' }
  const months = Array.from({ length: 12 }, (_, m) => {
    const from = `2026-${String(m + 1).padStart(2, '0')}-01`
    return { from, to: addDays(addMonths(from, 1), -1) }
  })
  const yearly = fc.record({
    plan,
    collections: fc.array(
      fc.record({
        on: fc.integer({ min: 0, max: 364 }).map((n) => addDays(YEAR.from, n)),
        amountMinor: fc.integer({ min: -100_000, max: 50_000_000 }),
      }),
      { maxLength: 40 },
    ),
  })
  const statementOf = (
    period: { from: string; to: string },
    i: { plan: StatementPlan; collections: { on: string; amountMinor: number }[] },
  ) =>
    commissionStatement({
      period,
      assignments: [{ id: 'a', ...YEAR, plan: i.plan }],
      collections: i.collections,
      newCustomers: [],
      adjustments: [],
    })

  it('pays the same brackets over its twelve monthly statements as over the year’s, to the cent', () => {
    fc.assert(
      fc.property(yearly, (i) => {
        const byMonth = months.reduce((sum, m) => sum + statementOf(m, i).bracketMinor, 0)
        expect(byMonth).toBe(statementOf(YEAR, i).bracketMinor)
      }),
    )
  })
})
