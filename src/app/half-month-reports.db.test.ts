import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CreateCollectionSchema } from '../contracts/orders'
import type { Db } from '../db/connect'
import { createAnalysesFixture } from '../test-support/analyses-fixture'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { testContext } from '../test-support/test-org'
import { createCollection } from './collections'
import {
  generateHalfMonthReport,
  halfMonthReport,
  keepClosedHalfMonth,
  listHalfMonthReports,
} from './half-month-reports'
import { teamTable } from './team-table'

type Fixture = Awaited<ReturnType<typeof createAnalysesFixture>>

/**
 * The analyses fixture (today 2026-11-27) by half-month. 2026-10-1 (Oct 1–15): R2 sold N 25 (its
 * first order: a new customer); receivables at Oct 15 — R1 270 ordered − 180 collected = 90, R2
 * Z 30 + N 25 = 55, R3 999 + 10 = 1,009. 2026-09-1: R1 collected 100 and spent 20 (approved; the
 * 99 submitted in October never counts), sold nothing (no ratio).
 */
describe.each(ENGINES)('half-monthly reports on %s', (engine) => {
  let database: Db
  let fx: Fixture
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    fx = await createAnalysesFixture(database)
  })
  afterAll(async () => database.close())

  const byName = <T extends { repName: string }>(report: { rows: T[] }): Record<string, T | undefined> =>
    Object.fromEntries(report.rows.map((r) => [r.repName, r]))

  it("gives every rep the half-month's figures, live while nothing is kept", async () => {
    const report = await halfMonthReport(fx.org.as('admin'), '2026-10-1')
    expect(report).toMatchObject({
      period: '2026-10-1',
      from: '2026-10-01',
      to: '2026-10-15',
      organisation: 'Abacus',
      kept: false,
      version: null,
      versions: 0,
      generatedBy: null,
      restricted: false,
    })
    expect(report.rows.map((r) => r.repName)).toEqual(['BOSS', 'M1', 'R1', 'R2', 'R3'])
    const rep = byName(report)
    expect(rep.R1).toMatchObject({
      orders: 0,
      sales: 0,
      collections: 0,
      receivable: 90_00,
      expenses: 0,
      expenseRatio: null,
      newCustomers: 0,
    })
    expect(rep.R2).toMatchObject({
      orders: 1,
      sales: 25_00,
      collections: 0,
      receivable: 55_00,
      expenses: 0,
      expenseRatio: 0,
      newCustomers: 1,
    })
    expect(rep.R3).toMatchObject({ sales: 0, receivable: 1009_00 })
    expect(report.total).toEqual({
      orders: 1,
      sales: 25_00,
      collections: 0,
      receivable: 1154_00,
      expenses: 0,
      expenseRatio: 0,
      newCustomers: 1,
    })
    const september = byName(await halfMonthReport(fx.org.as('finance'), '2026-09-1'))
    expect(september.R1).toMatchObject({
      sales: 0,
      collections: 100_00,
      expenses: 20_00,
      expenseRatio: null,
      receivable: 90_00,
    })
  })

  it('agrees with the team table of the same days, figure for figure', async () => {
    for (const period of ['2026-08-1', '2026-09-1', '2026-10-1', '2026-10-2', '2026-11-1']) {
      const report = await halfMonthReport(fx.org.as('admin'), period)
      const table = await teamTable(fx.org.as('admin'), { from: report.from, to: report.to })
      for (const row of report.rows) {
        const same = table.reps.find((r) => r.repId === row.repId)
        expect(same, `${period} ${row.repName}`).toMatchObject({
          orders: row.orders,
          sales: row.sales,
          collections: row.collections,
          receivable: row.receivable,
          expenses: row.expenses,
          expenseRatio: row.expenseRatio,
          newCustomers: row.newCustomers,
        })
      }
      expect(table.total).toMatchObject({ sales: report.total.sales, receivable: report.total.receivable })
    }
  })

  it("shows a manager their tree's rows and a rep their own, each with the total of what they see", async () => {
    const m1 = await halfMonthReport(fx.org.as('m1'), '2026-10-1')
    expect(m1.restricted).toBe(true)
    expect(m1.rows.map((r) => r.repName)).toEqual(['M1', 'R1', 'R2'])
    expect(m1.total).toMatchObject({ sales: 25_00, receivable: 145_00, newCustomers: 1 })
    const r3 = await halfMonthReport(fx.org.as('r3'), '2026-10-1')
    expect(r3.rows.map((r) => r.repName)).toEqual(['R3'])
    expect(r3.total).toMatchObject({ sales: 0, receivable: 1009_00 })
    expect((await halfMonthReport(fx.org.as('finance'), '2026-10-1')).rows).toHaveLength(5)
    await expect(halfMonthReport(fx.org.as('auditor'), '2026-10-1')).rejects.toMatchObject({
      code: 'forbidden',
    })
  })

  it('refuses a half-month that is not over, and periods not written YYYY-MM-1|2', async () => {
    await expect(halfMonthReport(fx.org.as('admin'), '2026-11-2')).rejects.toMatchObject({
      code: 'domain_rule',
      messageKey: 'error.half_month_open',
      params: { period: '2026-11-2', from: '2026-11-16', to: '2026-11-30', closes: '2026-12-01' },
    })
    await expect(generateHalfMonthReport(fx.org.as('admin'), '2027-01-1')).rejects.toMatchObject({
      code: 'domain_rule',
    })
    for (const bad of ['2026-11-3', '2026-13-1', '2026-11', 'last'])
      await expect(halfMonthReport(fx.org.as('admin'), bad)).rejects.toMatchObject({
        code: 'validation',
        issues: [{ path: 'period', key: 'field.invalid_half_month' }],
      })
    await expect(halfMonthReport(fx.org.as('admin'), '2026-10-1', { version: 9 })).rejects.toMatchObject({
      code: 'not_found',
      messageKey: 'error.half_month_version',
    })
  })

  it('keeps exactly one report of the half-month that closed, however many servers race to make it', async () => {
    const system = testContext(database)
    const runs = await Promise.all([
      keepClosedHalfMonth(system),
      keepClosedHalfMonth(system),
      keepClosedHalfMonth(system),
    ])
    expect(runs.map((r) => r.period)).toEqual(['2026-11-1', '2026-11-1', '2026-11-1'])
    expect(runs.filter((r) => r.generated)).toHaveLength(1)
    expect(runs.every((r) => r.version === 1)).toBe(true)
    expect(await keepClosedHalfMonth(system)).toEqual({ period: '2026-11-1', version: 1, generated: false })
    const rows = await database.db
      .selectFrom('half_month_reports')
      .selectAll()
      .where('period', '=', '2026-11-1')
      .execute()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      version: 1,
      generated_by: null,
      period_from: '2026-11-01',
      period_to: '2026-11-15',
    })
    const audit = await database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'half_month_report')
      .execute()
    expect(audit).toHaveLength(1)
  })

  it('keeps what it generated: later records change a new version only, and every version stays readable', async () => {
    const kept = await halfMonthReport(fx.org.as('admin'), '2026-11-1')
    expect(kept).toMatchObject({ kept: true, version: 1, versions: 1, generatedBy: null })
    // A late collection recorded for the closed half-month.
    await createCollection(
      fx.org.as('r1'),
      CreateCollectionSchema.parse({ customerId: fx.ids.X, collectedOn: '2026-11-10', amount: 7_00 }),
    )
    expect(byName(await halfMonthReport(fx.org.as('admin'), '2026-11-1')).R1?.collections).toBe(0)
    await expect(generateHalfMonthReport(fx.org.as('m1'), '2026-11-1')).rejects.toMatchObject({
      code: 'forbidden',
    })
    await expect(generateHalfMonthReport(fx.org.as('auditor'), '2026-11-1')).rejects.toMatchObject({
      code: 'forbidden',
    })
    const v2 = await generateHalfMonthReport(fx.org.as('finance'), '2026-11-1')
    expect(v2).toMatchObject({
      kept: true,
      version: 2,
      versions: 2,
      generatedBy: { id: fx.org.users.finance.id, name: 'FINANCE' },
    })
    expect(byName(v2).R1?.collections).toBe(7_00)
    expect(
      byName(await halfMonthReport(fx.org.as('admin'), '2026-11-1', { version: 1 })).R1?.collections,
    ).toBe(0)
    // The daily run leaves a period with a report alone.
    expect(await keepClosedHalfMonth(testContext(database))).toMatchObject({ version: 2, generated: false })
  })

  it('regenerations racing each other never write the same version twice', async () => {
    const made = await Promise.all([
      generateHalfMonthReport(fx.org.as('admin'), '2026-10-2'),
      generateHalfMonthReport(fx.org.as('finance'), '2026-10-2'),
    ])
    const rows = await database.db
      .selectFrom('half_month_reports')
      .select('version')
      .where('period', '=', '2026-10-2')
      .execute()
    const versions = rows.map((r) => Number(r.version)).sort()
    expect(new Set(versions).size).toBe(versions.length)
    expect(versions[0]).toBe(1)
    for (const m of made) expect(versions).toContain(m.version)
  })

  it('lists the half-months from the one under way back to the first order, with what is kept', async () => {
    const page = await listHalfMonthReports(fx.org.as('r1'), { limit: 24 })
    expect(page.canGenerate).toBe(false)
    expect(page.items).toHaveLength(24)
    expect(page.items[0]).toMatchObject({
      period: '2026-11-2',
      status: 'open',
      closesOn: '2026-12-01',
      latest: null,
    })
    expect(page.items[1]).toMatchObject({
      period: '2026-11-1',
      status: 'generated',
      versions: 2,
      latest: { version: 2, generatedBy: { name: 'FINANCE' }, repCount: 5 },
    })
    expect(page.items[2]).toMatchObject({ period: '2026-10-2', status: 'generated' })
    expect(page.items[3]).toMatchObject({ period: '2026-10-1', status: 'not_generated', versions: 0 })
    expect(page.nextBefore).toBe('2025-12-1')
    const rest = await listHalfMonthReports(fx.org.as('finance'), { before: '2025-12-1', limit: 24 })
    expect(rest.canGenerate).toBe(true)
    expect(rest.items.map((i) => i.period)).toHaveLength(12)
    expect(rest.items.at(-1)?.period).toBe('2025-06-1')
    expect(rest.nextBefore).toBeNull()
  })

  it('leaves out a disabled person with nothing to show', async () => {
    await database.db
      .updateTable('users')
      .set({ disabled_at: '2026-11-01T00:00:00.000Z' })
      .where('id', 'in', [fx.org.users.boss.id, fx.org.users.r3.id])
      .execute()
    const report = await halfMonthReport(fx.org.as('admin'), '2026-09-2')
    // BOSS has no figures; R3 still has a receivable.
    expect(report.rows.map((r) => r.repName)).toEqual(['M1', 'R1', 'R2', 'R3'])
  })
})
