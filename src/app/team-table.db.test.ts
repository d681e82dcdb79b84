import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/connect'
import { PERIOD } from '../test-support/analyses-fixture'
import { createTeamTableFixture } from '../test-support/team-table-fixture'
import { ENGINE_SETUPS, ENGINES, openTestDatabase } from '../test-support/test-database'
import { monthFigures } from './month-figures'
import { teamTable } from './team-table'
import { visitMetricsReport } from './visit-metrics'

const SETUPS = ENGINE_SETUPS

describe.each(SETUPS)('team table on $engine (on a file: $onFile)', ({ engine, onFile }) => {
  let database: Db
  let fixture: Awaited<ReturnType<typeof createTeamTableFixture>>
  beforeAll(async () => {
    database = await openTestDatabase(engine, { onFile })
    fixture = await createTeamTableFixture(database)
  })
  afterAll(async () => database.close())

  const byName = (table: Awaited<ReturnType<typeof teamTable>>) =>
    Object.fromEntries(table.reps.map((r) => [r.repName, r]))

  it('gives each rep every figure of the fixture, credited as the ledger and commission credit them', async () => {
    const table = await teamTable(fixture.org.as('admin'), PERIOD)
    expect(table.period).toEqual(PERIOD)
    expect(table.tierAsOf).toBe('2026-11-27')
    expect(table.reps.map((r) => r.repName)).toEqual(['BOSS', 'M1', 'R1', 'R2', 'R3'])
    const rep = byName(table)
    expect(rep.R1).toMatchObject({
      orders: 2,
      sales: 160_00,
      collections: 100_00,
      receivable: 130_00,
      newCustomers: 0,
      customers: 2,
      coverageRequired: 31,
      coverageCounted: 17,
      coverage: 17 / 31,
      objectivesPlanned: 3,
      objectivesAchieved: 1,
      achievedRate: 1 / 3,
      auditsConfirmed: 3,
      auditsReached: 4,
      confirmationRate: 0.75,
      expenses: 20_00,
      expenseRatio: 0.125,
      commission: 10_00,
    })
    expect(rep.R2).toMatchObject({
      orders: 1,
      sales: 25_00,
      collections: 25_00,
      receivable: 30_00,
      newCustomers: 1,
      coverage: 1,
      achievedRate: 1,
      confirmationRate: 0.5,
      expenses: 0,
      expenseRatio: 0,
      commission: 7_50,
    })
    expect(rep.R3).toMatchObject({
      sales: 15_00,
      collections: 0,
      receivable: 1024_00,
      coverageRequired: 10,
      coverageCounted: 2,
      coverage: 0.2,
      objectivesPlanned: 0,
      achievedRate: null,
      auditsReached: 0,
      confirmationRate: null,
      commission: 0,
    })
    expect(rep.M1).toMatchObject({ sales: 0, coverage: null, expenseRatio: null, commission: 0 })
  })

  it('totals the team from the sums, its rates from the parts over the wholes', async () => {
    const { total } = await teamTable(fixture.org.as('admin'), PERIOD)
    expect(total).toMatchObject({
      orders: 4,
      sales: 200_00,
      collections: 125_00,
      receivable: 1184_00,
      newCustomers: 1,
      coverageRequired: 46,
      coverageCounted: 24,
      coverage: 24 / 46,
      objectivesPlanned: 5,
      objectivesAchieved: 3,
      achievedRate: 0.6,
      auditsConfirmed: 4,
      auditsReached: 6,
      confirmationRate: 4 / 6,
      expenses: 20_00,
      expenseRatio: 0.1,
      commission: 17_50,
    })
  })

  it('states the headline findings', async () => {
    const { facts } = await teamTable(fixture.org.as('admin'), PERIOD)
    expect(facts.map((f) => f.text)).toEqual([
      "R1 sold the most in Aug–Dec 2026: 160.00, 80% of the team's sales.",
      "R1 collected the most: 100.00, 80% of the team's collections.",
      '1 new customer in Aug–Dec 2026, won by R2.',
      '2 sales reps were below 70% coverage; the lowest, R3, at 20%.',
      'R1 had the best confirmation rate in callback audits: 75% (3 of 4 customers reached confirmed).',
    ])
    const zh = await teamTable(fixture.org.as('admin', 'zh-Hant'), PERIOD)
    expect(zh.facts[0]?.text).toBe('2026年8–12月銷售額最高的是R1：160.00，佔團隊的 80%。')
  })

  it('scopes the rows: a manager their tree, a rep themselves, a chosen team', async () => {
    const names = async (who: Parameters<typeof fixture.org.as>[0], team?: string) =>
      (await teamTable(fixture.org.as(who), { ...PERIOD, team })).reps.map((r) => r.repName)
    expect(await names('m1')).toEqual(['M1', 'R1', 'R2'])
    expect(await names('r3')).toEqual(['R3'])
    expect(await names('admin', fixture.org.users.m1.id)).toEqual(['M1', 'R1', 'R2'])
    expect(await names('boss', fixture.org.users.m1.id)).toEqual(['M1', 'R1', 'R2'])
    const m1 = await teamTable(fixture.org.as('m1'), PERIOD)
    expect(m1.total).toMatchObject({ sales: 185_00, commission: 17_50, newCustomers: 1 })
    await expect(
      teamTable(fixture.org.as('m1'), { ...PERIOD, team: fixture.org.users.boss.id }),
    ).rejects.toMatchObject({
      code: 'not_found',
      messageKey: 'error.team_not_found',
    })
    await expect(
      teamTable(fixture.org.as('admin'), { ...PERIOD, team: fixture.org.users.r1.id }),
    ).rejects.toMatchObject({
      code: 'not_found',
    })
  })

  it('refuses the auditor, who reads no money, and leaves audit results out for finance', async () => {
    await expect(teamTable(fixture.org.as('auditor'), PERIOD)).rejects.toMatchObject({ code: 'forbidden' })
    const manager = await teamTable(fixture.org.as('m1'), PERIOD)
    expect(manager.shows).toEqual({ commission: true, audits: true })
    expect(byName(manager).R1).toMatchObject({ commission: 10_00, confirmationRate: 0.75 })
    const finance = await teamTable(fixture.org.as('finance'), PERIOD)
    expect(finance.shows).toEqual({ commission: true, audits: false })
    expect(byName(finance).R1).toMatchObject({ commission: 10_00, confirmationRate: null, auditsReached: 0 })
  })

  it('refuses a period that ends before it starts', async () => {
    await expect(
      teamTable(fixture.org.as('admin'), { from: '2026-12-31', to: '2026-08-01' }),
    ).rejects.toMatchObject({ code: 'validation' })
  })

  it('shares its ledger figures with the monthly report', async () => {
    const october = await monthFigures(fixture.org.as('admin'), fixture.org.users.r2.id, '2026-10')
    const table = await teamTable(fixture.org.as('admin'), { from: '2026-10-01', to: '2026-10-31' })
    const r2 = byName(table).R2
    expect(october).toMatchObject({
      ordersCount: r2?.orders,
      ordersTotal: r2?.sales,
      collected: r2?.collections,
      receivable: r2?.receivable,
      newCustomers: r2?.newCustomers,
      expensesApproved: r2?.expenses,
    })
    expect(october).toMatchObject({ ordersCount: 1, ordersTotal: 25_00, collected: 25_00, newCustomers: 1 })
  })
})

describe.each(ENGINES)('the team table’s visit objectives on %s', (engine) => {
  let database: Db
  let fixture: Awaited<ReturnType<typeof createTeamTableFixture>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    fixture = await createTeamTableFixture(database)
    // Today is 2026-11-27 (TEST_NOW, 02:00 UTC). Besides the fixture's: a plan that ended unvisited
    // (missed: its objectives planned; a `yes` on it counts, as the core counts it), a plan still
    // to come and one that ends later today (neither counted yet), a check-in not reviewed yet, and
    // a visit reviewed.
    await fixture.visit('r2', 'N', '2026-11-02', 'planned', ['yes', null])
    await fixture.visit('r2', 'N', '2026-12-04', 'planned', ['yes'])
    await fixture.visit('r2', 'N', '2026-11-27', 'planned', [null])
    await fixture.visit('r3', 'R', '2026-11-10', 'checked_in', [null, 'yes'])
    await fixture.visit('r3', 'R', '2026-11-12', 'reviewed', ['yes', 'partly'])
  })
  afterAll(async () => database.close())

  it('counts them as the visit metrics do: on visits that are over, cancelled ones aside', async () => {
    const admin = fixture.org.as('admin')
    const table = await teamTable(admin, PERIOD)
    const metrics = await visitMetricsReport(admin, PERIOD)
    const counts = (
      rows: readonly { repName: string; objectivesPlanned: number; objectivesAchieved: number }[],
    ) =>
      Object.fromEntries(
        rows
          .filter((r) => r.objectivesPlanned > 0)
          .map((r) => [r.repName, [r.objectivesPlanned, r.objectivesAchieved]]),
      )
    expect(counts(table.reps)).toEqual({ R1: [3, 1], R2: [4, 3], R3: [4, 2] })
    expect(counts(table.reps)).toEqual(counts(metrics.rows))
    expect([table.total.objectivesPlanned, table.total.objectivesAchieved]).toEqual([11, 6])
  })
})
