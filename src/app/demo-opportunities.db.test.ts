import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/connect'
import { findUserByEmail } from '../db/users.repo'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { testContext } from '../test-support/test-org'
import { toActingUser } from './auth'
import { loadDemo } from './demo'
import { getOpportunity } from './opportunities'
import { listOpportunities, opportunityBoard } from './opportunity-board'
import { winLossAnalysis } from './win-loss'

/** The demo's opportunities load on both engines and read back through the board and the analysis. */
describe.each(ENGINES)('demo opportunities on %s', (engine) => {
  let database: Db
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    await loadDemo(testContext(database), { scale: 'small', seed: 3, customers: 150 })
  }, 60_000)
  afterAll(async () => database.close())

  it('spreads across every column, with won and lost ones in the last six months and their history', async () => {
    const admin = await findUserByEmail(database.db, 'admin@demo.abacus.tw')
    if (!admin) throw new Error('the demo has an admin')
    const ctx = testContext(database, toActingUser(admin))
    const board = await opportunityBoard(ctx, {})
    for (const column of board.columns) expect(column.count, column.stage).toBeGreaterThan(0)
    const analysis = await winLossAnalysis(ctx, { from: '2026-05-01', to: '2026-11-27' })
    expect(analysis.total.won).toBeGreaterThan(0)
    expect(analysis.total.lost).toBeGreaterThan(0)
    expect(analysis.reasons.length).toBeGreaterThan(1)
    const lost = (await listOpportunities(ctx, { stage: 'lost', limit: 1 })).items[0]
    const detail = await getOpportunity(ctx, lost?.id ?? '')
    expect(detail.history.at(-1)).toMatchObject({ toStage: 'lost', changedOn: lost?.closedOn })
    expect(detail.history[0]).toMatchObject({ fromStage: null, toStage: 'person' })
  })
})
