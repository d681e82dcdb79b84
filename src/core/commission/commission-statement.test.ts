import { describe, expect, it } from 'vitest'
import { commissionStatement, type StatementPlan } from './commission-statement'

const PLAN: StatementPlan = {
  id: 'p',
  name: 'Standard 2026',
  mode: 'progressive',
  brackets: [
    { from: 0, to: 10_000_000, rateBp: 300 },
    { from: 10_000_000, to: null, rateBp: 500 },
  ],
  newCustomerBonusMinor: 50_000,
  bonusMinOrderMinor: 1_000_000,
}
const customer = (name: string, orderDate: string, orderAmountMinor: number) => ({
  customerId: name,
  customerName: name,
  orderId: `o-${name}`,
  orderNumber: `SO-${name}`,
  orderDate,
  orderAmountMinor,
})

describe('commissionStatement', () => {
  it('splits the period by assignment: each plan on its own days, uncovered days earn nothing', () => {
    const s = commissionStatement({
      period: { from: '2026-03-01', to: '2026-03-31' },
      assignments: [
        { id: 'a1', from: '2026-01-01', to: '2026-03-10', plan: PLAN },
        { id: 'a2', from: '2026-03-21', to: '2026-12-31', plan: { ...PLAN, id: 'q', mode: 'whole' } },
      ],
      collections: [
        { on: '2026-03-05', amountMinor: 12_000_000 },
        { on: '2026-03-15', amountMinor: 7_000_000 },
        { on: '2026-03-25', amountMinor: 10_000_000 },
      ],
      newCustomers: [],
      adjustments: [],
    })
    expect(s.segments.map((x) => [x.planId, x.from, x.to, x.collectedMinor])).toEqual([
      ['p', '2026-03-01', '2026-03-10', 12_000_000],
      ['q', '2026-03-21', '2026-03-31', 10_000_000],
    ])
    expect(s.uncovered).toEqual([{ from: '2026-03-11', to: '2026-03-20', collectedMinor: 7_000_000 }])
    // 100 000 × 3 % + 20 000 × 5 %, then 100 000 × 5 % (whole, the edge reached).
    expect(s.lines.map((l) => [l.kind, l.amountMinor])).toEqual([
      ['bracket', 300_000],
      ['bracket', 100_000],
      ['bracket', 500_000],
    ])
    expect(s).toMatchObject({ collectedMinor: 29_000_000, bracketMinor: 900_000, totalMinor: 900_000 })
  })

  it('pays the bonus for a new customer whose first order reaches the minimum, and says why not otherwise', () => {
    const s = commissionStatement({
      period: { from: '2026-03-01', to: '2026-03-31' },
      assignments: [{ id: 'a', from: '2026-03-10', to: '2026-03-31', plan: PLAN }],
      collections: [],
      newCustomers: [
        customer('exact', '2026-03-12', 1_000_000),
        customer('small', '2026-03-13', 999_999),
        customer('early', '2026-03-02', 5_000_000),
        customer('outside', '2026-04-01', 5_000_000),
      ],
      adjustments: [],
    })
    expect(s.lines).toMatchObject([{ kind: 'bonus', customerName: 'exact', amountMinor: 50_000 }])
    expect(s.unpaid.map((u) => [u.customerName, u.reason])).toEqual([
      ['early', 'no_plan'],
      ['small', 'below_minimum'],
    ])
    expect(s.totalMinor).toBe(50_000)
  })

  it('counts an adjustment in the period holding its last day, with its reason and sign', () => {
    const adjustments = [
      { id: 'x', from: '2026-01-01', to: '2026-03-31', reason: 'Q1 target met', amountMinor: 200_000 },
      { id: 'y', from: '2026-03-01', to: '2026-04-02', reason: 'Returned goods', amountMinor: -30_000 },
    ]
    const march = commissionStatement({
      period: { from: '2026-03-01', to: '2026-03-31' },
      assignments: [],
      collections: [],
      newCustomers: [],
      adjustments,
    })
    expect(march.lines).toMatchObject([{ kind: 'adjustment', reason: 'Q1 target met', amountMinor: 200_000 }])
    const april = commissionStatement({
      period: { from: '2026-04-01', to: '2026-04-30' },
      assignments: [],
      collections: [],
      newCustomers: [],
      adjustments,
    })
    expect(april).toMatchObject({ adjustmentMinor: -30_000, totalMinor: -30_000 })
  })
  it('counts an assignment’s collections before the period towards the period’s brackets', () => {
    // [0, 100 000) 3 %, [100 000, ∞) 5 %: 150 000 in March on top of 200 000 before is all at 5 %.
    const march = commissionStatement({
      period: { from: '2026-03-01', to: '2026-03-31' },
      assignments: [{ id: 'a', from: '2026-01-01', to: '2026-12-31', plan: PLAN }],
      collections: [
        { on: '2026-01-15', amountMinor: 20_000_000 },
        { on: '2026-03-10', amountMinor: 15_000_000 },
      ],
      newCustomers: [],
      adjustments: [],
    })
    expect(march.segments[0]).toMatchObject({ collectedMinor: 15_000_000, collectedBeforeMinor: 20_000_000 })
    expect(march.lines.map((l) => [l.kind, l.amountMinor])).toEqual([
      ['bracket', 300_000],
      ['bracket', 1_250_000],
      ['earlier', -800_000],
    ])
    expect(march.bracketMinor).toBe(750_000)
  })
})
