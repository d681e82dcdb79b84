import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/connect'
import { findUserByEmail } from '../db/users.repo'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { testContext } from '../test-support/test-org'
import { toActingUser } from './auth'
import { loadDemo } from './demo'
import { visitMetricsReport } from './visit-metrics'
import { getVisit, listVisits } from './visits'

/** The demo's visits load on both engines and read back through the use cases and the metrics. */
describe.each(ENGINES)('demo visits on %s', (engine) => {
  let database: Db
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    await loadDemo(testContext(database), { scale: 'small', seed: 3, customers: 150 })
  }, 60_000)
  afterAll(async () => database.close())

  it('has every status, reviews with their follow-up records, late reviews and overdue actions', async () => {
    const admin = await findUserByEmail(database.db, 'admin@demo.abacus.tw')
    if (!admin) throw new Error('the demo has an admin')
    const ctx = testContext(database, toActingUser(admin))
    for (const status of ['planned', 'checked_in', 'reviewed', 'missed'] as const)
      expect((await listVisits(ctx, { status, limit: 5 })).items.length, status).toBeGreaterThan(0)
    const reviewed = (await listVisits(ctx, { status: 'reviewed', limit: 200 })).items
    const orphans = await database.db
      .selectFrom('visits')
      .leftJoin('follow_ups', 'follow_ups.id', 'visits.follow_up_id')
      .select('visits.id')
      .where('visits.status', '=', 'reviewed')
      .where('follow_ups.id', 'is', null)
      .execute()
    expect(orphans).toEqual([])
    const one = await getVisit(ctx, reviewed[0]?.id ?? '')
    expect(one.objectives.every((o) => o.result !== null)).toBe(true)
    expect(one.fabItems.every((f) => f.benefit.length > 0)).toBe(true)
    const month = await visitMetricsReport(ctx, { from: '2026-10-01', to: '2026-11-30' })
    expect(month.total.reviewsLate).toBeGreaterThan(0)
    expect(month.total.actionsOpen).toBeGreaterThan(0)
    expect(month.total.objectivesAchieved).toBeLessThan(month.total.objectivesPlanned)
  })
})
