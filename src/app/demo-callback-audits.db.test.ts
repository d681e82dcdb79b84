import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/connect'
import { findUserByEmail } from '../db/users.repo'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { testContext } from '../test-support/test-org'
import { toActingUser } from './auth'
import { auditRatesReport, listAuditItems, listDraws } from './callback-audits'
import { loadDemo } from './demo'
import { listNotifications } from './notifications'

/** The demo's audited month loads on both engines: every call made, some discrepancies notified. */
describe.each(ENGINES)('demo callback audits on %s', (engine) => {
  let database: Db
  const as = async (key: string) => {
    const user = await findUserByEmail(database.db, `${key}@demo.abacus.tw`)
    if (!user) throw new Error(`the demo has ${key}`)
    return testContext(database, toActingUser(user))
  }
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    await loadDemo(testContext(database), { scale: 'small', seed: 3, customers: 150 })
  }, 60_000)
  afterAll(async () => database.close())

  it('has last month drawn at 10 %, every call recorded, discrepancies and unreachable customers among them', async () => {
    const auditor = await as('auditor')
    const [draw] = (await listDraws(auditor)).items
    expect(draw).toMatchObject({
      from: '2026-10-01',
      to: '2026-10-31',
      sampleShare: 0.1,
      actorName: '鄭文華',
    })
    expect(draw?.called).toBe(draw?.sampled)
    const { items } = await listAuditItems(auditor, { draw: draw?.id })
    expect(items.filter((i) => i.result === 'discrepancy').length).toBeGreaterThanOrEqual(2)
    expect(items.filter((i) => i.result === 'unreachable').length).toBeGreaterThanOrEqual(1)
    expect(items.every((i) => i.calledOn !== null && i.calledOn <= '2026-11-27')).toBe(true)
    const rates = await auditRatesReport(auditor, { draw: draw?.id })
    expect(rates.total.pending).toBe(0)
    expect(rates.total.confirmationRate).toBeGreaterThan(0.5)
    // Each discrepancy reached the manager of the one who recorded it (north sells too: the director).
    let notified = 0
    for (const manager of ['north', 'south', 'director'])
      notified += (await listNotifications(await as(manager), { limit: 50 })).items.length
    expect(notified).toBe(draw?.discrepancies)
  })
})
