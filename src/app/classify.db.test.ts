import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/connect'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { createTestOrg } from '../test-support/test-org'
import { AppError } from '../core/app-error'
import { DEFAULT_POLICY } from '../core/follow-ups/follow-up-policy'
import { CreateCollectionSchema, CreateOrderSchema } from '../contracts/orders'
import { CreateCustomerSchema } from '../contracts/customers'
import { RunCustomersQuerySchema, RunListQuerySchema } from '../contracts/classification'
import { customerTierHistory, paretoRows } from '../db/classification-history.repo'
import { rankingOfRun } from '../db/classification.repo'
import { classify } from './classify'
import { rankedCustomers } from './ranked-customers'
import { getRun, listRunCustomers, listRuns } from './classification-runs'
import { createCollection } from './collections'
import type { AppContext } from './context'
import { createCustomer, customerHistory, deleteCustomer, restoreCustomer } from './customers'
import { savePolicy } from './follow-up-policy'
import { createOrder, updateOrder } from './orders'
import { getCustomerTier, removeTierOverride, setTierOverride } from './tier-override'

const failure = async (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) =>
      e instanceof AppError ? { code: e.code, issues: e.issues } : { code: String(e), issues: [] },
  )

/** Today is 2026-11-27 in Taipei (TEST_NOW): the 12-month window is 2025-11-28 … 2026-11-27. */
describe.each(ENGINES)('ABC classification on %s', (engine) => {
  let database: Db
  let org: Awaited<ReturnType<typeof createTestOrg>>
  const c: Record<string, string> = {}
  let orderNumber = 0
  const order = async (customer: string, orderDate: string, total: number) =>
    createOrder(
      org.as('admin'),
      CreateOrderSchema.parse({ number: `SO-${++orderNumber}`, customerId: c[customer], orderDate, total }),
    )
  const runCustomers = async (ctx: AppContext, runId: string, query: Record<string, unknown> = {}) =>
    (await listRunCustomers(ctx, runId, RunCustomersQuerySchema.parse(query))).items.map((i) => [
      i.name,
      i.previousTier,
      i.tier,
    ])
  const customersOf = (outcome: Awaited<ReturnType<typeof classify>>) =>
    rankedCustomers(org.as('admin'), outcome.run.id)
  const names = async (outcome: Awaited<ReturnType<typeof classify>>) =>
    (await customersOf(outcome)).map((x) => [x.name, x.value, x.tier])

  beforeAll(async () => {
    database = await openTestDatabase(engine)
    org = await createTestOrg(database)
    const owners = { r1a: 'r1', r1b: 'r1', r2: 'r2', r3: 'r3', m1: 'm1', zero: 'r2' } as const
    for (const [key, owner] of Object.entries(owners))
      c[key] = (await createCustomer(org.as(owner), CreateCustomerSchema.parse({ name: key }))).id
    // r1a: 2,000 on the window's first day + 3,000 on its last; nothing else of its counts.
    await order('r1a', '2025-11-28', 2_000)
    await order('r1a', '2026-11-27', 3_000)
    await order('r1a', '2025-11-27', 99_999)
    const cancelled = await order('r1a', '2026-06-01', 88_888)
    await updateOrder(org.as('admin'), cancelled.id, cancelled.version, { status: 'cancelled' })
    const deleted = await order('r1a', '2026-06-02', 77_777)
    await database.db
      .updateTable('orders')
      .set({ deleted_at: '2026-11-01T00:00:00Z' })
      .where('id', '=', deleted.id)
      .execute()
    await order('r1b', '2026-03-01', 3_000)
    await order('r2', '2026-04-01', 1_000)
    await order('r3', '2026-05-01', 600)
    await order('m1', '2026-11-28', 5_000) // after the as-of date
    await order('m1', '2026-07-01', 400)
  })
  afterAll(async () => database.close())

  it('is an admin’s to run', async () => {
    for (const role of ['boss', 'm1', 'r1', 'finance', 'auditor'])
      expect(await failure(classify(org.as(role)))).toMatchObject({ code: 'forbidden' })
  })

  it('sums confirmed, live orders of the 12 months ending on the as-of date, both ends counted', async () => {
    const outcome = await classify(org.as('admin'))
    expect(outcome.run).toMatchObject({
      asOf: '2026-11-27',
      from: '2025-11-28',
      to: '2026-11-27',
      metric: 'sales',
      total: 10_000,
      counts: { A: 2, B: 2, C: 2 },
      shareA: 0.8,
      shareB: 0.95,
    })
    // 5,000 + 3,000 = 80 %: r1b brings the cumulative share to exactly 80 % and is still A.
    expect(await names(outcome)).toEqual([
      ['r1a', 5_000, 'A'],
      ['r1b', 3_000, 'A'],
      ['r2', 1_000, 'B'],
      ['r3', 600, 'B'],
      ['m1', 400, 'C'],
      ['zero', 0, 'C'],
    ])
    expect(outcome).toMatchObject({ promoted: 4, demoted: 0 })
    expect((await getCustomerTier(org.as('r1'), c.r1b as string)).tier).toBe('A')
  })

  it('takes an as-of date: the window moves with it; an earlier day is history and leaves the tiers alone', async () => {
    // 2025-07-01 … 2026-06-30: r1a 2,000 + 99,999, r1b 3,000, r2 1,000, r3 600; m1's orders are later.
    const june = await classify(org.as('admin'), { asOf: '2026-06-30' })
    expect(june.run).toMatchObject({ from: '2025-07-01', to: '2026-06-30', total: 106_599 })
    expect((await names(june)).slice(0, 2)).toEqual([
      ['r1a', 101_999, 'A'],
      ['r1b', 3_000, 'C'],
    ])
    // No run before it by as-of date: nothing to have moved from.
    expect(june).toMatchObject({ current: false, promoted: 0, demoted: 0 })
    expect(await runCustomers(org.as('admin'), june.run.id, { change: 'changed' })).toEqual([])
    // The run as of today still holds the customers' tiers.
    expect((await getCustomerTier(org.as('r1'), c.r1b as string)).tier).toBe('A')
    // Between June and today: compared with June's run (r1b was C), not with today's tiers (A).
    const september = await classify(org.as('admin'), { asOf: '2026-09-30' })
    expect(september).toMatchObject({ current: false, promoted: 0, demoted: 0 })
    expect((await runCustomers(org.as('admin'), september.run.id)).slice(0, 3)).toEqual([
      ['r1a', 'A', 'A'],
      ['r1b', 'C', 'C'],
      ['r2', 'C', 'C'],
    ])
    expect((await getCustomerTier(org.as('r1'), c.r1b as string)).tier).toBe('A')
    const future = await failure(classify(org.as('admin'), { asOf: '2026-11-28' }))
    expect(future).toEqual({ code: 'validation', issues: [{ path: 'asOf', key: 'field.as_of_in_future' }] })
    const bad = await failure(classify(org.as('admin'), { asOf: '2026-02-30' }))
    expect(bad).toEqual({ code: 'validation', issues: [{ path: 'asOf', key: 'field.invalid_date' }] })
  })

  it('keeps each run: promotions and demotions between two runs, with the tier before', async () => {
    await classify(org.as('admin')) // back to the as-of-today tiers
    await order('zero', '2026-11-20', 10_000)
    const second = await classify(org.as('admin'))
    // Total 20,000: zero 10,000 (A), r1a (before 10,000 → A), r1b (15,000 < 16,000 → A), r2 B, r3 and m1 C.
    expect((await names(second)).map(([name, , tier]) => `${String(name)}:${String(tier)}`)).toEqual([
      'zero:A',
      'r1a:A',
      'r1b:A',
      'r2:B',
      'r3:C',
      'm1:C',
    ])
    expect(second).toMatchObject({ promoted: 1, demoted: 1 })
    const admin = org.as('admin')
    expect(await runCustomers(admin, second.run.id, { change: 'promoted' })).toEqual([['zero', 'C', 'A']])
    expect(await runCustomers(admin, second.run.id, { change: 'demoted' })).toEqual([['r3', 'B', 'C']])
    expect(await runCustomers(admin, second.run.id, { change: 'changed' })).toHaveLength(2)
    // Kept: the whole ranking on the run, a row for each of the two whose tier changed, no more.
    const kept = await database.db
      .selectFrom('classification_results')
      .select(['customer_id', 'previous_tier', 'tier'])
      .where('run_id', '=', second.run.id)
      .orderBy('rank')
      .execute()
    expect(kept).toEqual([
      { customer_id: c.zero, previous_tier: 'C', tier: 'A' },
      { customer_id: c.r3, previous_tier: 'B', tier: 'C' },
    ])
    expect(
      (await rankingOfRun(database.db, second.run.id)).map((x) => [x.id, x.rank, x.value, x.tier]),
    ).toEqual((await customersOf(second)).map((x, i) => [x.id, i + 1, x.value, x.tier]))
    // Everyone's page, from the ranking: a customer without a row kept its tier.
    expect(await runCustomers(admin, second.run.id)).toEqual([
      ['zero', 'C', 'A'],
      ['r1a', 'A', 'A'],
      ['r1b', 'A', 'A'],
      ['r2', 'B', 'B'],
      ['r3', 'B', 'C'],
      ['m1', 'C', 'C'],
    ])
    expect(await runCustomers(admin, second.run.id, { tier: 'A', limit: 2 })).toEqual([
      ['zero', 'C', 'A'],
      ['r1a', 'A', 'A'],
    ])
    const runs = await listRuns(admin, RunListQuerySchema.parse({}))
    expect(runs.items[0]?.id).toBe(second.run.id)
    expect(runs.items).toHaveLength(5)
    // By as-of date: the three runs as of today (the latest made first), then September and June.
    const history = (await getCustomerTier(admin, c.r3 as string)).history
    expect(history.map((h) => [h.asOf, h.previousTier, h.tier])).toEqual([
      ['2026-11-27', 'B', 'C'],
      ['2026-11-27', 'B', 'B'],
      ['2026-11-27', 'C', 'B'],
      ['2026-09-30', 'C', 'C'],
      ['2026-06-30', null, 'C'],
    ])
  })

  it('shows a run’s customers only to those who may see them', async () => {
    const runId = (await listRuns(org.as('admin'), RunListQuerySchema.parse({}))).items[0]?.id as string
    expect(await runCustomers(org.as('m1'), runId, { change: 'changed' })).toEqual([['zero', 'C', 'A']])
    expect(await runCustomers(org.as('boss'), runId, { change: 'changed' })).toHaveLength(2)
    expect((await runCustomers(org.as('m1'), runId)).map(([name]) => name)).toEqual([
      'zero',
      'r1a',
      'r1b',
      'r2',
      'm1',
    ])
    const m1 = await getRun(org.as('m1'), runId)
    expect(m1.run.counts).toEqual({ A: 3, B: 1, C: 2 })
    expect(m1.visible).toEqual({ customers: 5, counts: { A: 3, B: 1, C: 1 }, promoted: 1, demoted: 0 })
    // The Pareto series has the team's customers where they stand in the organisation's curve.
    expect(m1.pareto.map((p) => [p.name, p.lastRank, p.value, p.cumulativeShare])).toEqual([
      ['zero', 1, 10_000, 0.5],
      ['r1a', 2, 5_000, 0.75],
      ['r1b', 3, 3_000, 0.9],
      ['r2', 4, 1_000, 0.95],
      ['m1', 6, 400, 1],
    ])
    expect((await getRun(org.as('finance'), runId)).visible.customers).toBe(6)
    // Past its number of points, the series groups consecutive ranks: sums, and the share at the end.
    expect(await paretoRows(database.db, runId, { kind: 'all' }, 2)).toEqual([
      {
        firstRank: 1,
        lastRank: 3,
        customers: 3,
        name: null,
        valueMinor: 18_000,
        cumulativeMinor: 18_000,
        tier: 'A',
      },
      {
        firstRank: 4,
        lastRank: 6,
        customers: 3,
        name: null,
        valueMinor: 2_000,
        cumulativeMinor: 20_000,
        tier: 'B',
      },
    ])
    for (const role of ['r1', 'auditor']) {
      expect(await failure(getRun(org.as(role), runId))).toMatchObject({ code: 'forbidden' })
      expect(await failure(listRuns(org.as(role), RunListQuerySchema.parse({})))).toMatchObject({
        code: 'forbidden',
      })
    }
    expect(await failure(getRun(org.as('admin'), 'no-such-run'))).toMatchObject({ code: 'not_found' })
    // The whole list, every customer named: an admin's only, as the run is.
    for (const role of ['boss', 'm1', 'r1', 'finance', 'auditor'])
      expect(await failure(rankedCustomers(org.as(role), runId))).toMatchObject({ code: 'forbidden' })
    expect(await failure(rankedCustomers(org.as('admin'), 'no-such-run'))).toMatchObject({
      code: 'not_found',
    })
  })

  it('refuses an override without a reason, or ending in the past, and writes nothing', async () => {
    const before = await getCustomerTier(org.as('admin'), c.r2 as string)
    for (const reason of [undefined, '', '   ', null])
      expect(await failure(setTierOverride(org.as('admin'), c.r2 as string, { tier: 'A', reason }))).toEqual({
        code: 'validation',
        issues: [{ path: 'reason', key: 'field.required' }],
      })
    expect(
      await failure(
        setTierOverride(org.as('admin'), c.r2 as string, { tier: 'A', reason: 'x', until: '2026-11-26' }),
      ),
    ).toEqual({ code: 'validation', issues: [{ path: 'until', key: 'field.not_past' }] })
    expect(await getCustomerTier(org.as('admin'), c.r2 as string)).toEqual(before)
  })

  it('lets an override win until its last day, by an admin or the owner’s manager, audited', async () => {
    const id = c.r2 as string
    for (const role of ['r2', 'finance'])
      expect(await failure(setTierOverride(org.as(role), id, { tier: 'A', reason: 'x' }))).toMatchObject({
        code: 'forbidden',
      })
    // r3 is outside m1's team: as good as absent.
    expect(
      await failure(setTierOverride(org.as('m1'), c.r3 as string, { tier: 'A', reason: 'x' })),
    ).toMatchObject({
      code: 'not_found',
    })
    const set = await setTierOverride(org.as('m1'), id, {
      tier: 'A',
      reason: '策略客戶',
      until: '2026-12-31',
    })
    expect(set).toMatchObject({
      tier: 'B',
      override: { tier: 'A', reason: '策略客戶', until: '2026-12-31' },
      effectiveTier: 'A',
      canOverride: true,
    })
    expect((await getCustomerTier(org.as('r2'), id)).canOverride).toBe(false)
    const run = await classify(org.as('admin'))
    expect((await customersOf(run)).find((x) => x.id === id)).toMatchObject({ tier: 'B', effectiveTier: 'A' })
    // The day after its last day, the computed tier counts again.
    const january: AppContext = { ...org.as('admin'), now: () => new Date('2027-01-01T02:00:00Z') }
    expect(await getCustomerTier(january, id)).toMatchObject({ tier: 'B', effectiveTier: 'B' })
    const history = await customerHistory(org.as('admin'), id)
    expect(history.items[0]?.changes).toEqual([
      { field: 'tierOverride', before: null, after: 'A' },
      { field: 'tierOverrideReason', before: null, after: '策略客戶' },
      { field: 'tierOverrideUntil', before: null, after: '2026-12-31' },
    ])
    const removed = await removeTierOverride(org.as('admin'), id, set.version)
    expect(removed).toMatchObject({ override: null, effectiveTier: 'B', version: set.version + 1 })
    expect(await failure(removeTierOverride(org.as('admin'), id, set.version))).toMatchObject({
      code: 'version_mismatch',
    })
    expect((await customerHistory(org.as('admin'), id)).items[0]?.actorName).toBe('ADMIN')
  })

  it('classifies by collections when the policy says so', async () => {
    const collect = (customer: string, collectedOn: string, amount: number) =>
      createCollection(
        org.as('admin'),
        CreateCollectionSchema.parse({ customerId: c[customer], collectedOn, amount }),
      )
    await collect('r2', '2026-11-27', 500)
    await collect('r3', '2025-11-27', 700)
    await collect('r3', '2025-11-28', 100)
    const deleted = await collect('r1a', '2026-01-01', 9_999)
    await database.db
      .updateTable('collections')
      .set({ deleted_at: '2026-11-01T00:00:00Z' })
      .where('id', '=', deleted.id)
      .execute()
    await savePolicy(org.as('admin'), {
      ...DEFAULT_POLICY,
      abc: { ...DEFAULT_POLICY.abc, metric: 'collections' },
    })
    const outcome = await classify(org.as('admin'))
    expect(outcome.run).toMatchObject({ metric: 'collections', total: 600, counts: { A: 1, B: 1, C: 4 } })
    expect((await names(outcome)).slice(0, 2)).toEqual([
      ['r2', 500, 'A'],
      ['r3', 100, 'B'],
    ])
  })

  it('gives a customer its last runs it is in, not the last runs made', async () => {
    const admin = org.as('admin')
    const away = await createCustomer(org.as('r1'), CreateCustomerSchema.parse({ name: 'away' }))
    const ranked = (await classify(admin)).run
    // In the bin, it is in no run; restored, its last run is still the one before.
    await deleteCustomer(org.as('r1'), away.id, away.version)
    await classify(admin)
    await classify(admin)
    await restoreCustomer(admin, away.id)
    const history = await customerTierHistory(database.db, away.id, 1)
    expect(history.map((h) => [h.runId, h.tier, h.previousTier])).toEqual([[ranked.id, 'C', 'C']])
    expect((await getCustomerTier(admin, away.id)).history.map((h) => h.runId)).toEqual([ranked.id])
  })
})
