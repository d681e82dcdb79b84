import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/connect'
import { findUserByEmail } from '../db/users.repo'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { testContext } from '../test-support/test-org'
import { toActingUser } from './auth'
import { checkIns } from './check-ins'
import { listDailyReports } from './daily-reports'
import { loadDemo } from './demo'
import { getMonthlyReport, listMonthlyReports } from './monthly-reports'

/** The demo's daily check-ins and monthly work reports load on both engines and read back. */
describe.each(ENGINES)('demo reports from the field on %s', (engine) => {
  let database: Db
  const as = async (key: string) => {
    const user = await findUserByEmail(database.db, `${key}@demo.abacus.tw`)
    if (!user) throw new Error(`the demo has ${key}`)
    return testContext(database, toActingUser(user), 'zh-Hant')
  }
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    await loadDemo(testContext(database), { scale: 'small', seed: 3, customers: 150 })
  }, 60_000)
  afterAll(async () => database.close())

  it('has daily check-ins prefilled from the follow-ups, some reps every working day, some rarely', async () => {
    const admin = await as('admin')
    const { items } = await listDailyReports(admin, { limit: 200 })
    const perRep = new Map<string, number>()
    for (const r of items) perRep.set(r.repName, (perRep.get(r.repName) ?? 0) + 1)
    const counts = [...perRep.values()].sort((a, b) => a - b)
    // Two weeks before 2026-11-27 hold ten working days.
    expect(Math.max(...counts)).toBe(10)
    expect(Math.min(...counts)).toBeLessThan(8)
    const busy = items.find((r) => r.followUps > 0)
    expect(busy?.done).toContain('——')
    expect(busy?.doneGroups.length).toBeGreaterThan(0)
    for (const r of items) expect(r.submittedAt <= '2026-11-27T02:00:00.000Z').toBe(true)
    const day = await checkIns(await as('north'), { date: '2026-11-26' })
    expect(day.reps.map((r) => r.repName)).toHaveLength(4)
    expect(day.checkedIn + day.missing).toBe(4)
  })

  it('has monthly reports with problems and solutions, frozen numbers and the managers’ comments', async () => {
    const north = await as('north')
    const { items } = await listMonthlyReports(north, { limit: 50 })
    expect(items.map((r) => `${r.month} ${r.status}`).sort()).toEqual([
      '2026-10 submitted',
      '2026-10 submitted',
      '2026-11 draft',
    ])
    const commented = items.find((r) => r.comments > 0)
    const report = await getMonthlyReport(north, commented?.id ?? '')
    expect(report).toMatchObject({ status: 'submitted', figuresFrozen: true })
    expect(report.figures.ordersCount + report.figures.followUps).toBeGreaterThan(0)
    expect(report.problems.length).toBeGreaterThanOrEqual(2)
    for (const p of report.problems) expect(p.solution.length).toBeGreaterThan(0)
    expect(report.comments.map((c) => c.authorName)).toEqual(['林雅婷', '周志遠'])
    const waiting = items.find((r) => r.status === 'submitted' && r.comments === 0)
    expect((await getMonthlyReport(north, waiting?.id ?? '')).mayComment).toBe(true)
    expect((await listMonthlyReports(await as('south'), { limit: 50 })).items).toHaveLength(1)
  })
})
