import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/connect'
import { findUserByEmail } from '../db/users.repo'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { testContext } from '../test-support/test-org'
import { toActingUser } from './auth'
import { commissionTotals, computeCommission } from './commission'
import { loadDemo } from './demo'

/** The demo's plan is assigned to every rep for the year, and this year's statements add up. */
describe.each(ENGINES)('demo commission on %s', (engine) => {
  let database: Db
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    await loadDemo(testContext(database), { scale: 'small', seed: 4, customers: 120 })
  }, 60_000)
  afterAll(async () => database.close())

  it('pays every rep by the brackets this year, and shows the one adjustment this month', async () => {
    const admin = await findUserByEmail(database.db, 'admin@demo.abacus.tw')
    if (!admin) throw new Error('the demo has an admin')
    const ctx = testContext(database, toActingUser(admin))
    const year = await computeCommission(ctx, { from: '2026-01-01', to: '2026-11-30' })
    const reps = year.reps.filter((r) => r.segments.length > 0)
    expect(reps.length).toBeGreaterThan(3)
    for (const rep of reps) {
      expect(rep.segments).toMatchObject([{ from: '2026-01-01', to: '2026-11-30' }])
      expect(rep.total).toBe(rep.lines.reduce((sum, l) => sum + l.amount, 0))
    }
    expect(reps.some((r) => r.bracketTotal > 0)).toBe(true)
    const month = await computeCommission(ctx, {})
    const adjusted = month.reps.flatMap((r) => r.lines.filter((l) => l.kind === 'adjustment'))
    expect(adjusted).toMatchObject([{ amount: 300_000, reason: '協助跨區大客戶簽約，經理核定加發' }])
    const totals = await commissionTotals(ctx, { from: '2026-01-01', to: '2026-11-30' })
    expect(totals.map((t) => t.total)).toEqual(year.reps.map((r) => r.total))
  })
})
