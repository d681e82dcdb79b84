import Fastify from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAnalysesFixture } from '../test-support/analyses-fixture'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { secondConnection } from '../test-support/second-connection'
import { testContext } from '../test-support/test-org'
import { scheduleHalfMonthReports } from './daily-half-month-report'

/**
 * Two servers on one database, each with its daily timer (issue 7 point 4: "safe when several
 * servers run"). On PostgreSQL each has its own connection pool, as two processes would.
 */
describe.each(ENGINES)('the half-monthly report timer on %s', (engine) => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  let other: Awaited<ReturnType<typeof secondConnection>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    await createAnalysesFixture(database)
    other = await secondConnection(database)
  })
  afterAll(async () => {
    await other.release()
    await database.close()
  })

  it('keeps one report of the half-month just closed when several servers start at once', async () => {
    const apps = [Fastify(), Fastify(), Fastify(), Fastify()]
    // 2026-11-27 10:00 in Taipei: 2026-11-1 closed on the 15th; 2026-11-2 is under way.
    await Promise.all(
      apps.map((app, i) => scheduleHalfMonthReports(app, testContext(i % 2 ? other : database), '00:15')),
    )
    const rows = await database.db.selectFrom('half_month_reports').selectAll().execute()
    expect(rows.map((r) => [r.period, Number(r.version), r.generated_by])).toEqual([['2026-11-1', 1, null]])
    const model = JSON.parse(rows[0]?.model ?? '{}')
    expect(model).toMatchObject({ period: '2026-11-1', from: '2026-11-01', to: '2026-11-15' })
    expect(model.rows).toHaveLength(5)
    // The next start leaves it alone.
    await scheduleHalfMonthReports(Fastify(), testContext(database), '00:15')
    expect(await database.db.selectFrom('half_month_reports').select('id').execute()).toHaveLength(1)
    await Promise.all(apps.map((app) => app.close()))
  })
})
