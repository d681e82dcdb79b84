import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/connect'
import { createAnalysesFixture, PERIOD, PREVIOUS } from '../test-support/analyses-fixture'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { gainLoss } from '../core/analyses/gain-loss'
import { lostReasonsOf } from '../core/analyses/lost-reasons'
import { customerPeriodGroups, customerPeriodTotals } from '../db/analyses.repo'
import { customerAnalysis, customerGroup } from './customer-analysis'
import { growthAnalysis } from './growth-analysis'
import { monthlyLedger, salesComparison } from './sales-analysis'

const pair = { ...PERIOD, prevFrom: PREVIOUS.from, prevTo: PREVIOUS.to }

describe.each(ENGINES)('analyses on %s', (engine) => {
  let database: Db
  let fixture: Awaited<ReturnType<typeof createAnalysesFixture>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    fixture = await createAnalysesFixture(database)
  })
  afterAll(async () => database.close())

  it('reproduces DOMAIN.md’s worked example from the database: 180 + 25 + 15 + 20 − 10 − 30 = 200', async () => {
    const a = await customerAnalysis(fixture.org.as('admin'), pair)
    expect(a.period).toEqual(PERIOD)
    expect(a.previous).toEqual(PREVIOUS)
    expect(a.bridge).toEqual({
      previous: 180_00,
      new: 25_00,
      reactivated: 15_00,
      expansion: 20_00,
      contraction: 10_00,
      lost: 30_00,
      current: 200_00,
    })
    expect(a.new).toEqual({ count: 1, sales: 25_00 })
    expect(a.retained).toEqual({ count: 2, sales: 160_00, previousSales: 150_00 })
    expect(a.reactivated).toEqual({ count: 1, sales: 15_00 })
    expect(a.lost).toEqual({ count: 1, previousSales: 30_00 })
    expect(a.lostReasons).toEqual([{ reason: 'moved', count: 1, previousSales: 30_00 }])
    expect(a.facts.map((f) => f.text)).toContain('1 new customer brought 25.00.')
  })

  it('defaults Q to the equal period just before: Aug–Dec against Mar–Jul', async () => {
    const a = await customerAnalysis(fixture.org.as('admin'), PERIOD)
    expect(a.previous).toEqual(PREVIOUS)
    expect(a.bridge.current).toBe(200_00)
  })

  it('breaks the analysis down by rep, tier and region, each adding up to the whole', async () => {
    const a = await customerAnalysis(fixture.org.as('admin'), pair)
    const rep = Object.fromEntries(a.byRep.map((r) => [r.repName, r]))
    expect(rep.R1?.bridge).toMatchObject({
      previous: 150_00,
      expansion: 20_00,
      contraction: 10_00,
      current: 160_00,
    })
    expect(rep.R2).toMatchObject({ new: { count: 1 }, lost: { count: 1, previousSales: 30_00 } })
    expect(rep.R3).toMatchObject({ reactivated: { count: 1, sales: 15_00 } })
    expect(a.byTier.map((t) => t.tier)).toEqual(['A', 'B', 'C'])
    const region = Object.fromEntries(a.byRegion.map((r) => [r.region ?? '-', r.bridge.current]))
    expect(region).toEqual({ North: 160_00, South: 15_00, '-': 25_00 })
    for (const list of [a.byRep, a.byTier, a.byRegion])
      expect(list.reduce((s, g) => s + g.bridge.current - g.bridge.previous, 0)).toBe(20_00)
  })

  it('shows a manager their tree and a rep themselves', async () => {
    const m1 = await customerAnalysis(fixture.org.as('m1'), pair)
    expect(m1.bridge).toMatchObject({ previous: 180_00, reactivated: 0, current: 185_00 })
    expect(m1.byRep.map((r) => r.repName).sort()).toEqual(['R1', 'R2'])
    const r3 = await customerAnalysis(fixture.org.as('r3'), pair)
    expect(r3.bridge).toEqual({
      previous: 0,
      new: 0,
      reactivated: 15_00,
      expansion: 0,
      contraction: 0,
      lost: 0,
      current: 15_00,
    })
    const finance = await customerAnalysis(fixture.org.as('finance'), pair)
    expect(finance.bridge.current).toBe(200_00)
  })

  it('lists the customers of a group, narrowed by rep, tier or region', async () => {
    const { org } = fixture
    const retained = await customerGroup(org.as('admin'), { ...pair, group: 'retained' })
    expect(retained.items.map((c) => [c.name, c.sales, c.previousSales])).toEqual([
      ['X', 120_00, 100_00],
      ['Y', 40_00, 50_00],
    ])
    const lost = await customerGroup(org.as('admin'), { ...pair, group: 'lost', region: 'South' })
    expect(lost.items).toMatchObject([
      { name: 'Z', lostReason: 'moved', previousSales: 30_00, repName: 'R2' },
    ])
    const none = await customerGroup(org.as('admin'), { ...pair, group: 'new', region: '' })
    expect(none.items.map((c) => c.name)).toEqual(['N'])
    const hidden = await customerGroup(org.as('r1'), { ...pair, group: 'reactivated' })
    expect(hidden.total).toBe(0)
  })

  it('compares two periods: sales, collections, receivables, expenses, ratio, new customers', async () => {
    const c = await salesComparison(fixture.org.as('admin'), pair)
    expect(c.sales).toEqual({ current: 200_00, previous: 180_00, difference: 20_00, change: 20 / 180 })
    expect(c.collections).toEqual({ current: 125_00, previous: 80_00, difference: 45_00, change: 45 / 80 })
    // Receivable at 07-31: all confirmed orders to then (G 10 + R 999 + 180) − 80; at 12-31 also P's 200 − 125.
    expect(c.receivables.previous).toBe((10 + 999 + 180 - 80) * 100)
    expect(c.receivables.current).toBe((10 + 999 + 180 + 200 - 80 - 125) * 100)
    expect(c.expenses).toMatchObject({ current: 20_00, previous: 9_00 })
    expect(c.expenseRatio.current).toBeCloseTo(20 / 200, 12)
    expect(c.expenseRatio.previous).toBeCloseTo(9 / 180, 12)
    // X and Y first ordered in Q (Z too); N in P.
    expect(c.newCustomers).toMatchObject({ current: 1, previous: 3 })
    expect(c.facts[0]?.text).toBe(
      'Sales Aug–Dec 2026 were 11.1% higher than Mar–Jul 2026 (200.00 against 180.00).',
    )
    const r3 = await salesComparison(fixture.org.as('r3'), pair)
    expect(r3.expenses).toMatchObject({ current: 0, previous: 0 })
    expect(r3.sales).toMatchObject({ current: 15_00, previous: 0, change: null })
  })

  it('gives sales and collections by month up to this month, and growth by quarter', async () => {
    const m = await monthlyLedger(fixture.org.as('admin'), { from: '2026-03-01', to: '2026-12-31' })
    expect(m.months.map((x) => x.month)).toEqual([
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ])
    expect(m.months[0]).toEqual({ month: '2026-03', sales: 60_00, collections: 0 })
    expect(m.months[5]).toEqual({ month: '2026-08', sales: 120_00, collections: 0 })
    const g = await growthAnalysis(fixture.org.as('admin'), {
      from: '2026-01-01',
      to: '2026-12-31',
      by: 'quarter',
    })
    // Asked to the year's end, measured to today: Q4 to Nov 27 (40; the 40 dated after today is
    // not a sale yet) against Jul 1 – Aug 27 (160), and CAGR over the whole quarters.
    expect(g.period).toEqual({ from: '2026-01-01', to: '2026-11-27' })
    expect(g.series).toEqual([
      { period: '2026-Q1', sales: 60_00, growth: null },
      { period: '2026-Q2', sales: 80_00, growth: 20 / 60 },
      { period: '2026-Q3', sales: 160_00, growth: 1 },
      { period: '2026-Q4', sales: 40_00, growth: 40 / 160 - 1 },
    ])
    expect(g.cagr).toBeCloseTo(Math.pow(160 / 60, 4 / 2) - 1, 12)
  })

  it('sets a quarter to date against the same days of the quarter before, and runs CAGR over whole quarters', async () => {
    // Q4 up to Nov 15 holds N's 25 (R's 15 comes on Nov 20); Jul 1 – Aug 15 holds X's 40 and 120.
    const g = await growthAnalysis(fixture.org.as('admin'), {
      from: '2026-01-01',
      to: '2026-11-15',
      by: 'quarter',
    })
    expect(g.series.map((p) => [p.period, p.sales])).toEqual([
      ['2026-Q1', 60_00],
      ['2026-Q2', 80_00],
      ['2026-Q3', 160_00],
      ['2026-Q4', 25_00],
    ])
    expect(g.series[3]?.growth).toBeCloseTo(25 / 160 - 1, 12)
    expect(g.cagr).toBeCloseTo(Math.pow(160 / 60, 4 / 2) - 1, 12)
  })

  it('sums customers alike in the database: X (+20) and Y (−10) in one group keep both in the bridge', async () => {
    // Y in X's tier: both r1, North, A and retained, so the analysis reads them as one summed row.
    await database.db
      .updateTable('customers')
      .set({ tier: 'A' })
      .where('id', '=', fixture.ids.Y as string)
      .execute()
    try {
      const options = { scope: { kind: 'all' as const }, period: PERIOD, previous: PREVIOUS }
      const groups = await customerPeriodGroups(database.db, options)
      const one = await customerPeriodTotals(database.db, options)
      expect(groups.find((g) => g.ownerId === fixture.org.users.r1.id)).toMatchObject({
        customers: 2,
        sales: 160_00,
        previousSales: 150_00,
        rise: 20_00,
        fall: 10_00,
      })
      expect(groups.length).toBe(one.length - 1)
      expect(gainLoss(groups)).toEqual(gainLoss(one))
      expect(lostReasonsOf(groups)).toEqual(lostReasonsOf(one))
      const a = await customerAnalysis(fixture.org.as('admin'), pair)
      expect(a.bridge).toMatchObject({ expansion: 20_00, contraction: 10_00, current: 200_00 })
      expect(a.byTier.find((t) => t.tier === 'A')?.retained).toEqual({
        count: 2,
        sales: 160_00,
        previousSales: 150_00,
      })
    } finally {
      await database.db
        .updateTable('customers')
        .set({ tier: 'B' })
        .where('id', '=', fixture.ids.Y as string)
        .execute()
    }
  })
})
