import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/connect'
import { AppError } from '../core/app-error'
import { CreateCustomerSchema } from '../contracts/customers'
import { CreateCollectionSchema, CreateOrderSchema, LedgerListQuerySchema } from '../contracts/orders'
import { CreateExpenseSchema } from '../contracts/expenses'
import { CreateFollowUpSchema, FollowUpListQuerySchema } from '../contracts/follow-ups'
import { BinListQuerySchema } from '../contracts/recycle-bin'
import { RunCustomersQuerySchema } from '../contracts/classification'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { createTestOrg, TEST_NOW } from '../test-support/test-org'
import { createCollectionPlan, listCollectionPlans } from './collection-plans'
import { createCollection, listCollections, listReceivables } from './collections'
import type { AppContext } from './context'
import { coverageReport } from './coverage'
import { createCustomer, deleteCustomer, getCustomer } from './customers'
import { deleteRecord } from './delete-record'
import { approveExpenseById, createExpense, listExpenses, rejectExpense, submitExpense } from './expenses'
import { exportLedger } from './export-ledger'
import { createFollowUp, customerTimeline, listFollowUps } from './follow-ups'
import { createOrder, getOrder, listOrders } from './orders'
import { listRecycleBin, purgeExpired, purgeRecycleBin, restoreRecord } from './recycle-bin'
import { classify } from './classify'
import { getRun, listRunCustomers } from './classification-runs'
import { repLedgerFigures } from './rep-figures'

const DAY = 86_400_000
const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? `${e.code}:${e.messageKey}` : String(e)),
  )
const later = (ctx: AppContext, ms: number): AppContext => ({
  ...ctx,
  now: () => new Date(TEST_NOW.getTime() + ms),
})
const bin = async (ctx: AppContext, kind?: string) =>
  (await listRecycleBin(ctx, BinListQuerySchema.parse({ kind, limit: 200 }))).items

describe.each(ENGINES)('the recycle bin on %s', (engine) => {
  let database: Db
  let org: Awaited<ReturnType<typeof createTestOrg>>
  let customerId: string
  let otherCustomerId: string

  /** Rows of every table the bin touches, and the audit log: what a refused call must leave as it was. */
  const fingerprint = async () => {
    const out: Record<string, unknown> = {}
    for (const table of [
      'orders',
      'collections',
      'collection_plans',
      'expenses',
      'follow_ups',
      'customers',
    ] as const)
      out[table] = await database.db
        .selectFrom(table)
        .select(['id', 'version', 'deleted_at'])
        .orderBy('id')
        .execute()
    out.audit = (
      await database.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .execute()
    )[0]
    return JSON.stringify(out)
  }
  const order = async (number: string, total = 100_000, customer = customerId) =>
    createOrder(
      org.as('r1'),
      CreateOrderSchema.parse({ number, customerId: customer, orderDate: '2026-11-20', total }),
    )

  beforeAll(async () => {
    database = await openTestDatabase(engine)
    org = await createTestOrg(database)
    customerId = (await createCustomer(org.as('r1'), CreateCustomerSchema.parse({ name: 'Bin Co' }))).id
    otherCustomerId = (await createCustomer(org.as('r1'), CreateCustomerSchema.parse({ name: 'Other Co' })))
      .id
  })
  afterAll(async () => database.close())

  it('deletes an order out of every list, count, receivable, analysis and export, and restores it', async () => {
    const created = await order('BIN-1', 250_000)
    const r1 = org.as('r1')
    const receivable = async () =>
      (await listReceivables(r1, { by: 'customer', customer: customerId })).total.receivable
    const sales = async () =>
      (await repLedgerFigures(r1, { repIds: [org.users.r1.id], from: '2026-11-01', to: '2026-11-30' })).get(
        org.users.r1.id,
      )?.sales ?? 0
    const exported = async () => {
      const rows: unknown[][] = []
      for await (const page of (await exportLedger(org.as('admin'), 'orders')).pages) rows.push(...page)
      return rows.flat().includes('BIN-1')
    }
    expect([await receivable(), await sales(), await exported()]).toEqual([250_000, 250_000, true])

    await deleteRecord(r1, 'order', created.id, created.version)
    expect(await codeOf(getOrder(r1, created.id))).toBe('not_found:error.not_found')
    expect((await listOrders(r1, LedgerListQuerySchema.parse({}))).items.map((o) => o.number)).not.toContain(
      'BIN-1',
    )
    expect((await customerTimeline(r1, customerId, { limit: 50 })).items.map((e) => e.title)).not.toContain(
      'BIN-1',
    )
    expect([await receivable(), await sales(), await exported()]).toEqual([0, 0, false])
    const [item] = await bin(r1, 'order')
    expect(item).toMatchObject({
      kind: 'order',
      id: created.id,
      label: 'BIN-1',
      customerName: 'Bin Co',
      amount: 250_000,
      deletedBy: org.users.r1.id,
      deletedByName: 'R1',
      deletedAt: TEST_NOW.toISOString(),
      restoreUntil: '2027-02-25T02:00:00.000Z',
      daysLeft: 90,
      version: created.version + 1,
    })

    // Deleting is whoever may change it; restoring is an admin's (DOMAIN.md "People and visibility").
    const deletedState = await fingerprint()
    expect(await codeOf(restoreRecord(r1, 'order', created.id, created.version + 1))).toBe(
      'forbidden:error.bin_restore_admin',
    )
    expect(await fingerprint()).toBe(deletedState)
    const restored = await restoreRecord(org.as('admin'), 'order', created.id, created.version + 1)
    expect(restored).toEqual({ kind: 'order', id: created.id, version: created.version + 2 })
    expect((await getOrder(r1, created.id)).number).toBe('BIN-1')
    expect([await receivable(), await sales(), await exported()]).toEqual([250_000, 250_000, true])
    const audit = await database.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('entity', '=', 'order')
      .where('entity_id', '=', created.id)
      .orderBy('id')
      .execute()
    expect(audit.map((a) => [a.action, a.actor_id])).toEqual([
      ['create', org.users.r1.id],
      ['delete', org.users.r1.id],
      ['restore', org.users.admin.id],
    ])
    expect(await codeOf(restoreRecord(org.as('admin'), 'order', created.id))).toBe(
      'conflict:error.not_deleted',
    )
  })

  it('refuses, writing nothing, an order with live collections, a stale version and someone outside', async () => {
    const o = await order('BIN-2')
    const paid = await createCollection(
      org.as('r1'),
      CreateCollectionSchema.parse({ customerId, orderId: o.id, collectedOn: '2026-11-21', amount: 40_000 }),
    )
    const before = await fingerprint()
    expect(await codeOf(deleteRecord(org.as('r1'), 'order', o.id, o.version))).toBe(
      'domain_rule:error.bin_order_has_children',
    )
    expect(await codeOf(deleteRecord(org.as('r1'), 'order', o.id, o.version + 5))).toBe(
      'version_mismatch:error.version_mismatch',
    )
    expect(await codeOf(deleteRecord(org.as('r2'), 'collection', paid.id, paid.version))).toBe(
      'not_found:error.not_found',
    )
    expect(await codeOf(deleteRecord(org.as('r3'), 'order', o.id, o.version))).toBe(
      'not_found:error.not_found',
    )
    // Finance reads and keeps the books; the auditor reads but changes none; finance never touches follow-ups.
    expect(await codeOf(deleteRecord(org.as('auditor'), 'order', o.id, o.version))).toBe(
      'forbidden:error.forbidden',
    )
    expect(await fingerprint()).toBe(before)

    // Collection first, then the order; the collection comes back only once its order has.
    await deleteRecord(org.as('r1'), 'collection', paid.id, paid.version)
    expect((await listReceivables(org.as('r1'), { by: 'order', customer: customerId })).items).toContainEqual(
      expect.objectContaining({ id: o.id, collected: 0 }),
    )
    expect((await listCollections(org.as('r1'), LedgerListQuerySchema.parse({}))).items).toEqual([])
    await deleteRecord(org.as('finance'), 'order', o.id, o.version)
    const afterBoth = await fingerprint()
    expect(await codeOf(restoreRecord(org.as('admin'), 'collection', paid.id))).toBe(
      'domain_rule:error.bin_order_deleted',
    )
    expect(await codeOf(restoreRecord(org.as('finance'), 'order', o.id))).toBe(
      'forbidden:error.bin_restore_admin',
    )
    expect(await fingerprint()).toBe(afterBoth)
    await restoreRecord(org.as('admin'), 'order', o.id)
    await restoreRecord(org.as('admin'), 'collection', paid.id)
    expect((await listReceivables(org.as('r1'), { by: 'order', customer: customerId })).items).toContainEqual(
      expect.objectContaining({ id: o.id, collected: 40_000 }),
    )
  })

  it('deletes an expense only while it is a draft or rejected, and says why not once submitted or approved', async () => {
    const draft = CreateExpenseSchema.parse({ expenseDate: '2026-11-20', category: 'gift', amount: 5_000 })
    const e1 = await createExpense(org.as('r1'), draft)
    const submitted = (await submitExpense(org.as('r1'), e1.id, e1.version)).expense
    const before = await fingerprint()
    expect(await codeOf(deleteRecord(org.as('r1'), 'expense', e1.id, submitted.version))).toBe(
      'domain_rule:error.bin_expense_submitted',
    )
    const approved = await approveExpenseById(org.as('m1'), e1.id, submitted.version)
    expect(approved.status).toBe('approved')
    expect(await codeOf(deleteRecord(org.as('admin'), 'expense', e1.id, approved.version))).toBe(
      'domain_rule:error.bin_expense_approved',
    )
    expect(await fingerprint()).not.toBe(before) // the approval itself, nothing of the refusals:
    expect((await bin(org.as('admin'), 'expense')).map((i) => i.id)).not.toContain(e1.id)

    const e2 = await createExpense(org.as('r1'), { ...draft, note: 'wrong amount' })
    const sent = (await submitExpense(org.as('r1'), e2.id, e2.version)).expense
    const rejected = await rejectExpense(org.as('m1'), e2.id, sent.version, 'typo')
    await deleteRecord(org.as('r1'), 'expense', e2.id, rejected.version)
    const e3 = await createExpense(org.as('r1'), { ...draft, note: 'twice' })
    await deleteRecord(org.as('r1'), 'expense', e3.id, e3.version)
    const ids = (await listExpenses(org.as('r1'), { limit: 50 })).items.map((e) => e.id)
    expect(ids).toContain(e1.id)
    expect(ids).not.toContain(e2.id)
    expect(ids).not.toContain(e3.id)
    expect((await bin(org.as('r1'), 'expense')).map((i) => [i.label, i.category])).toEqual([
      ['twice', 'gift'],
      ['wrong amount', 'gift'],
    ])
    await restoreRecord(org.as('admin'), 'expense', e2.id)
    expect((await listExpenses(org.as('r1'), { limit: 50 })).items.find((e) => e.id === e2.id)?.status).toBe(
      'rejected',
    )
  })

  it("deletes a follow-up and recomputes its customer's cadence and coverage in the same transaction", async () => {
    const r1 = org.as('r1')
    const cadence = async () =>
      database.db
        .selectFrom('customers')
        .select(['last_follow_up_on', 'next_follow_up_on'])
        .where('id', '=', otherCustomerId)
        .executeTakeFirstOrThrow()
    const done = async () =>
      (await coverageReport(r1, { from: '2026-11-01', to: '2026-11-30', rep: org.users.r1.id })).total.done
    const first = await createFollowUp(
      r1,
      CreateFollowUpSchema.parse({
        customerId: otherCustomerId,
        channel: 'phone',
        summary: 'First call',
        happenedAt: '2026-11-20T03:00:00Z',
        nextDate: '2026-12-10',
      }),
    )
    const mistaken = await createFollowUp(
      r1,
      CreateFollowUpSchema.parse({
        customerId: otherCustomerId,
        channel: 'visit',
        summary: 'Logged on the wrong customer',
        happenedAt: '2026-11-26T03:00:00Z',
        nextDate: '2026-11-28',
      }),
    )
    expect(await cadence()).toEqual({ last_follow_up_on: '2026-11-26', next_follow_up_on: '2026-11-28' })
    const doneBefore = await done()
    expect(await codeOf(deleteRecord(org.as('finance'), 'follow_up', mistaken.id, mistaken.version))).toBe(
      'forbidden:error.forbidden',
    )
    await deleteRecord(r1, 'follow_up', mistaken.id, mistaken.version)
    expect(await cadence()).toEqual({ last_follow_up_on: '2026-11-20', next_follow_up_on: '2026-12-10' })
    expect(await done()).toBe(doneBefore - 1)
    const listed = (await listFollowUps(r1, FollowUpListQuerySchema.parse({ customer: otherCustomerId })))
      .items
    expect(listed.map((f) => f.id)).toEqual([first.id])
    expect((await bin(r1, 'follow_up'))[0]).toMatchObject({
      label: 'Logged on the wrong customer',
      date: '2026-11-26',
    })
    // Nobody but the customer's people sees it in the bin: finance and the auditor change no follow-up.
    expect(await bin(org.as('finance'), 'follow_up')).toEqual([])
    expect(await bin(org.as('r2'), 'follow_up')).toEqual([])
    const deletedState = await fingerprint()
    for (const key of ['r1', 'boss', 'finance'] as const)
      expect(await codeOf(restoreRecord(org.as(key), 'follow_up', mistaken.id))).toBe(
        'forbidden:error.bin_restore_admin',
      )
    expect(await fingerprint()).toBe(deletedState)
    await restoreRecord(org.as('admin'), 'follow_up', mistaken.id)
    expect(await cadence()).toEqual({ last_follow_up_on: '2026-11-26', next_follow_up_on: '2026-11-28' })
    expect(await done()).toBe(doneBefore)

    // One a callback audit drew stays: the auditor is calling the customer about it.
    await database.db
      .insertInto('callback_audit_draws')
      .values({
        id: 'draw-bin',
        period_from: '2026-11-01',
        period_to: '2026-11-30',
        rule: 'count',
        share_bp: null,
        count_per_rep: 1,
        seed: 7,
        excluded_since: '2026-08-01',
        population: 1,
        sampled: 1,
        actor_id: null,
        created_at: TEST_NOW.toISOString(),
      })
      .execute()
    await database.db
      .insertInto('callback_audit_items')
      .values({
        id: 'item-bin',
        draw_id: 'draw-bin',
        position: 0,
        rep_id: org.users.r1.id,
        customer_id: otherCustomerId,
        record_kind: 'follow_up',
        record_id: first.id,
        record_on: '2026-11-20',
        result: null,
        satisfaction: null,
        note: null,
        called_on: null,
        called_by: null,
        version: 1,
        created_at: TEST_NOW.toISOString(),
        updated_at: TEST_NOW.toISOString(),
      })
      .execute()
    const before = await fingerprint()
    expect(await codeOf(deleteRecord(r1, 'follow_up', first.id, first.version))).toBe(
      'domain_rule:error.bin_follow_up_audited',
    )
    expect(await fingerprint()).toBe(before)
  })

  it('deletes a collection plan, and refuses to restore anything of a customer in the bin', async () => {
    const plan = await createCollectionPlan(org.as('r1'), {
      customerId: otherCustomerId,
      orderId: null,
      dueOn: '2026-12-31',
      amount: 9_900,
      note: 'deposit',
    })
    const version = (
      await database.db
        .selectFrom('collection_plans')
        .select('version')
        .where('id', '=', plan.id)
        .executeTakeFirstOrThrow()
    ).version
    await deleteRecord(org.as('r1'), 'collection_plan', plan.id, version)
    expect(
      (await listCollectionPlans(org.as('r1'), { customer: otherCustomerId })).map((p) => p.id),
    ).not.toContain(plan.id)
    const customer = await getCustomer(org.as('r1'), otherCustomerId)
    await deleteCustomer(org.as('r1'), otherCustomerId, customer.version)
    const before = await fingerprint()
    expect(await codeOf(restoreRecord(org.as('admin'), 'collection_plan', plan.id))).toBe(
      'domain_rule:error.bin_customer_deleted',
    )
    // Its owner sees it in the bin but does not restore it: DOMAIN.md "restorable by admins".
    expect((await bin(org.as('r1'), 'customer')).map((i) => i.label)).toContain('Other Co')
    expect(await codeOf(restoreRecord(org.as('r1'), 'customer', otherCustomerId))).toBe(
      'forbidden:error.bin_restore_admin',
    )
    expect(await fingerprint()).toBe(before)
    await restoreRecord(org.as('admin'), 'customer', otherCustomerId)
    await restoreRecord(org.as('admin'), 'collection_plan', plan.id)
    expect(
      (await listCollectionPlans(org.as('r1'), { customer: otherCustomerId })).map((p) => p.note),
    ).toContain('deposit')
  })

  it('lists per role what each may change, and restores for admins only: 404 unread, 403 read', async () => {
    const o = await order('BIN-ROLES')
    await deleteRecord(org.as('r1'), 'order', o.id, o.version)
    const sees = async (key: Parameters<typeof org.as>[0]) =>
      (await bin(org.as(key), 'order')).some((i) => i.id === o.id)
    expect({
      r1: await sees('r1'),
      r2: await sees('r2'),
      r3: await sees('r3'),
      m1: await sees('m1'),
      boss: await sees('boss'),
      admin: await sees('admin'),
      finance: await sees('finance'),
      auditor: await sees('auditor'),
    }).toEqual({
      r1: true,
      r2: false,
      r3: false,
      m1: true,
      boss: true,
      admin: true,
      finance: true,
      auditor: false,
    })
    const before = await fingerprint()
    const refusals: Record<string, string> = {}
    for (const key of ['r1', 'r2', 'r3', 'm1', 'boss', 'finance', 'auditor'] as const)
      refusals[key] = await codeOf(restoreRecord(org.as(key), 'order', o.id))
    const admin403 = 'forbidden:error.bin_restore_admin'
    expect(refusals).toEqual({
      r1: admin403,
      r2: 'not_found:error.not_found',
      r3: 'not_found:error.not_found',
      m1: admin403,
      boss: admin403,
      finance: admin403,
      auditor: admin403,
    })
    expect(await codeOf(restoreRecord(org.as('admin'), 'order', o.id, 1))).toBe(
      'version_mismatch:error.version_mismatch',
    )
    expect(await fingerprint()).toBe(before)
    await restoreRecord(org.as('admin'), 'order', o.id)
  })

  it('restores for 90 days to the millisecond, lists only those, then refuses; the purge removes them', async () => {
    const kept = await order('BIN-OLD-KEPT')
    const gone = await order('BIN-OLD-GONE', 70_000, customerId)
    const pays = await createCollection(
      org.as('r1'),
      CreateCollectionSchema.parse({
        customerId,
        orderId: gone.id,
        collectedOn: '2026-11-22',
        amount: 1_000,
      }),
    )
    await deleteRecord(org.as('r1'), 'collection', pays.id, pays.version)
    await deleteRecord(org.as('r1'), 'order', gone.id, gone.version)
    await deleteRecord(org.as('r1'), 'order', kept.id, kept.version)
    const lastMoment = later(org.as('r1'), 90 * DAY - 1)
    const past = later(org.as('r1'), 90 * DAY)
    expect((await bin(lastMoment, 'order')).map((i) => [i.label, i.daysLeft])).toContainEqual([
      'BIN-OLD-KEPT',
      1,
    ])
    expect((await bin(past, 'order')).map((i) => i.label)).not.toContain('BIN-OLD-KEPT')
    const before = await fingerprint()
    expect(await codeOf(restoreRecord(later(org.as('admin'), 90 * DAY), 'order', kept.id))).toBe(
      'domain_rule:error.bin_restore_expired',
    )
    expect(await fingerprint()).toBe(before)

    expect(await codeOf(purgeRecycleBin(later(org.as('m1'), 90 * DAY)))).toBe('forbidden:error.forbidden')
    const early = await purgeExpired(later(org.as('admin'), 90 * DAY - 1))
    expect(early.total).toBe(0)
    // A customer with history (orders) stays, out of sight; an order and its collection go together.
    const other = await createCustomer(org.as('r1'), CreateCustomerSchema.parse({ name: 'Empty Co' }))
    // An ABC run ranks it, C as it was (no change of tier, so no row): that alone keeps nothing.
    const run = (await classify(org.as('admin'))).run
    const runNames = async () =>
      (
        await listRunCustomers(org.as('admin'), run.id, RunCustomersQuerySchema.parse({ limit: 200 }))
      ).items.map((i) => i.name)
    expect(await runNames()).toContain('Empty Co')
    await database.db
      .updateTable('customers')
      .set({ deleted_at: TEST_NOW.toISOString() })
      .where('id', '=', other.id)
      .execute()
    const result = await purgeExpired(later(org.as('admin'), 91 * DAY))
    expect(result.purged).toMatchObject({
      order: expect.any(Number),
      collection: expect.any(Number),
      customer: 1,
    })
    const left = async (table: 'orders' | 'collections' | 'customers', id: string) =>
      (await database.db.selectFrom(table).select('id').where('id', '=', id).execute()).length
    expect([
      await left('orders', kept.id),
      await left('orders', gone.id),
      await left('collections', pays.id),
    ]).toEqual([0, 0, 0])
    expect(await left('customers', other.id)).toBe(0)
    // The run is as it was made: its counts still count the customer, its list no longer names it.
    expect((await getRun(org.as('admin'), run.id)).run.counts).toEqual(run.counts)
    expect(await runNames()).not.toContain('Empty Co')
    expect(await codeOf(restoreRecord(later(org.as('admin'), 91 * DAY), 'order', kept.id))).toBe(
      'not_found:error.not_found',
    )
    // What was deleted today is still there, and the purge is the same again: nothing more to do.
    expect((await purgeExpired(later(org.as('admin'), 91 * DAY))).total).toBe(0)
  })
})
