import { newId } from './new-id'
import { searchText } from '../core/customers/search-text'
import { demoCustomers, demoUsers } from '../core/demo/demo-data'
import { demoLedger, type DemoLedgerCustomer } from '../core/demo/demo-ledger'
import { seededRandom } from '../core/random/seeded-random'
import { insertExpensesBulk, insertLedgerBulk } from '../db/ledger-bulk.repo'
import { demoExpenses } from '../core/demo/demo-expenses'
import { demoFollowUps } from '../core/demo/demo-follow-ups'
import { localDateAt } from '../core/dates/local-date'
import { localTimeAt } from '../core/dates/local-time'
import { zonedInstant } from '../core/dates/zoned-instant'
import { toMinutes } from '../core/follow-ups/time-of-day'
import { AppError } from '../core/app-error'
import { countCustomerRows, insertCustomersBulk } from '../db/customers.repo'
import { findUserByEmail, insertUser } from '../db/users.repo'
import { writeAudit } from '../db/audit-log.repo'
import { insertFollowUpsBulk, refreshCadence, type NewFollowUp } from '../db/follow-ups.repo'
import { inTransaction, nowIso, type AppContext } from './context'
import { hashPassword } from './secrets'
import { insertDemoCallbackAudits } from './demo-callback-audits'
import { insertDemoOpportunities } from './demo-opportunities'
import { insertDemoCommission } from './demo-commission'
import { insertDemoVisits } from './demo-visits'
import { insertDemoFieldReports } from './demo-field-reports'

export const DEMO_PASSWORD = 'abacus-demo'
export const DEMO_SCALES = { small: 300, large: 100_000 } as const
export type DemoScale = keyof typeof DEMO_SCALES

/**
 * Loads the demo organisation (admin, director, two teams of reps, finance, auditor) and its
 * customers into an empty database, in one transaction. Refused when customers already exist, so
 * it can never mix with real data.
 */
export async function loadDemo(
  ctx: AppContext,
  options: { scale: DemoScale; seed: number; customers?: number; ledger?: boolean },
): Promise<{ users: number; customers: number; orders: number; collections: number }> {
  return inTransaction(ctx, async (tx) => {
    if ((await countCustomerRows(tx.db, { scope: { kind: 'all' }, filter: {} })) > 0)
      throw new AppError('conflict', 'error.conflict')
    const now = nowIso(tx)
    const today = localDateAt(tx.now(), tx.config.timeZone)
    const passwordHash = await hashPassword(DEMO_PASSWORD)
    const ids = new Map<string, string>()
    const users = demoUsers()
    for (const u of users) {
      const existing = await findUserByEmail(tx.db, u.email)
      const id = existing?.id ?? newId()
      ids.set(u.key, id)
      if (!existing)
        await insertUser(
          tx.db,
          {
            id,
            email: u.email,
            name: u.name,
            role: u.role,
            managerId: u.managerKey ? (ids.get(u.managerKey) ?? null) : null,
            passwordHash,
            lang: 'zh-Hant',
            createdAt: now,
          },
          now,
        )
    }
    const ownerKeys = users.filter((u) => u.role === 'rep' || u.key === 'north').map((u) => u.key)
    const count = options.customers ?? DEMO_SCALES[options.scale]
    const customers = demoCustomers({ count, seed: options.seed, today, ownerKeys }).map(
      ({ ownerKey, ...c }) => {
        const contacts = c.contacts.map((contact) => ({ id: newId(), ...contact }))
        const fields = { ...c, ownerId: ownerKey ? (ids.get(ownerKey) as string) : null, contacts }
        return { ...fields, id: newId(), searchText: searchText(fields) }
      },
    )
    await insertCustomersBulk(tx.db, customers, now)
    const ledger =
      options.ledger === false
        ? { orders: [], lines: [], collections: [], plans: [] }
        : demoLedgerRows(
            customers.map((c) => ({
              key: c.id,
              ownerKey: c.ownerId,
              status: c.status,
              lostDate: c.lostDate,
            })),
            today,
            options.seed,
            now,
          )
    await insertLedgerBulk(tx.db, ledger)
    const spending =
      options.ledger === false
        ? { expenses: [], budgets: [] }
        : demoExpenses(
            users.filter((u) => u.role === 'rep').map((u) => u.key),
            today,
            seededRandom(options.seed + 2),
          )
    const repId = (key: string) => ids.get(key) as string
    await insertExpensesBulk(
      tx.db,
      spending.expenses.map((e) => ({
        id: newId(),
        rep_id: repId(e.repKey),
        expense_date: e.expenseDate,
        category: e.category,
        amount_minor: e.amountMinor,
        note: e.note,
        status: e.status,
        submitted_at: e.status === 'draft' ? null : now,
        decided_by:
          e.status === 'approved' || e.status === 'rejected'
            ? repId(users.find((u) => u.key === e.repKey)?.managerKey ?? 'admin')
            : null,
        reject_reason: e.status === 'rejected' ? '缺少發票' : null,
        version: 1,
        created_at: now,
        updated_at: now,
      })),
      spending.budgets.map((b) => ({
        id: newId(),
        rep_id: repId(b.repKey),
        period_from: b.periodFrom,
        period_to: b.periodTo,
        amount_minor: b.amountMinor,
        share_bp: b.shareBp,
        version: 1,
        created_at: now,
        updated_at: now,
      })),
    )
    const followUps =
      options.ledger === false
        ? []
        : demoFollowUpRows(tx, customers, ledger.orders, users, ids, today, options.seed)
    await insertFollowUpsBulk(tx.db, followUps, now)
    await refreshCadence(
      tx.db,
      customers.map((c) => c.id),
    )
    if (options.ledger !== false) await insertDemoOpportunities(tx, customers, today, options.seed, now)
    if (options.ledger !== false)
      await insertDemoCommission(
        tx,
        users.filter((u) => u.role === 'rep').map((u) => ids.get(u.key) as string),
        today,
        now,
      )
    if (options.ledger !== false) await insertDemoVisits(tx, customers, today, options.seed, now)
    // After the follow-ups and visits they are prefilled from (issue 5: 日報 / 月報).
    if (options.ledger !== false)
      await insertDemoFieldReports(tx, { users, ids, today, seed: options.seed, now })
    // After every follow-up and visit of the demo: the audit samples what reps recorded last month.
    if (options.ledger !== false)
      await insertDemoCallbackAudits(tx, {
        auditorId: ids.get('auditor') ?? null,
        today,
        seed: options.seed,
        now,
      })
    await writeAudit(tx.db, {
      at: now,
      actorId: tx.actor?.id ?? null,
      entity: 'demo',
      entityId: String(options.seed),
      action: 'create',
      before: null,
      after: { users: users.length, customers: count },
    })
    return {
      users: users.length,
      customers: count,
      orders: ledger.orders.length,
      collections: ledger.collections.length,
    }
  })
}

/**
 * Follow-up histories for the demo customers: the largest customers (by the demo orders) every
 * week, the middle every two weeks, the rest monthly — kept by some reps, not by others.
 */
function demoFollowUpRows(
  ctx: AppContext,
  customers: readonly { id: string; ownerId: string | null; status: string }[],
  orders: readonly { customer_id: string; total_minor: number }[],
  users: readonly { key: string; role: string }[],
  ids: ReadonlyMap<string, string>,
  today: string,
  seed: number,
): NewFollowUp[] {
  const sales = new Map<string, number>()
  for (const o of orders) sales.set(o.customer_id, (sales.get(o.customer_id) ?? 0) + o.total_minor)
  const ranked = [...customers].sort((a, b) => (sales.get(b.id) ?? 0) - (sales.get(a.id) ?? 0))
  const interval = new Map(
    ranked.map((c, i) => [c.id, i < ranked.length * 0.2 ? 7 : i < ranked.length * 0.5 ? 15 : 30]),
  )
  const repIds = users.filter((u) => u.role === 'rep').map((u) => ids.get(u.key) as string)
  return demoFollowUps(
    customers.map((c) => ({
      key: c.id,
      ownerKey: c.ownerId,
      status: c.status,
      interval: interval.get(c.id) ?? 30,
    })),
    repIds,
    today,
    toMinutes(localTimeAt(ctx.now(), ctx.config.timeZone)),
    seededRandom(seed + 3),
  ).map((f) => {
    const hh = String(Math.floor(f.minute / 60)).padStart(2, '0')
    const mm = String(f.minute % 60).padStart(2, '0')
    const at = zonedInstant(f.happenedOn, `${hh}:${mm}`, ctx.config.timeZone)
    return {
      id: newId(at.getTime()),
      externalId: null,
      customerId: f.customerKey,
      repId: f.repKey,
      happenedAt: at.toISOString(),
      happenedOn: localDateAt(at, ctx.config.timeZone),
      channel: f.channel,
      durationMinutes: f.durationMinutes,
      summary: f.summary,
      outcome: f.outcome,
      nextStep: null,
      nextDate: f.nextDate,
      importBatchId: null,
    }
  })
}

/** The demo ledger as rows: ids made here, keys of the pure generator resolved to them. */
function demoLedgerRows(customers: DemoLedgerCustomer[], today: string, seed: number, now: string) {
  const { orders, collections, plans } = demoLedger(customers, today, seededRandom(seed + 1))
  const orderIds = new Map(orders.map((o) => [o.number, newId()]))
  const stamp = { version: 1, created_at: now, updated_at: now }
  return {
    orders: orders.map((o) => ({
      id: orderIds.get(o.number) as string,
      number: o.number,
      customer_id: o.customerKey,
      owner_id: o.ownerKey,
      order_date: o.orderDate,
      status: 'confirmed',
      total_minor: o.totalMinor,
      ...stamp,
    })),
    lines: orders.flatMap((o) =>
      o.lines.map((l, position) => ({
        id: newId(),
        order_id: orderIds.get(o.number) as string,
        position,
        product: l.product,
        quantity_milli: l.quantityMilli,
        unit_price_minor: l.unitPriceMinor,
        discount_minor: l.discountMinor,
        amount_minor: l.amountMinor,
      })),
    ),
    collections: collections.map((c) => ({
      id: newId(),
      customer_id: c.customerKey,
      order_id: orderIds.get(c.orderNumber) ?? null,
      owner_id: c.ownerKey,
      collected_on: c.collectedOn,
      amount_minor: c.amountMinor,
      method: c.method,
      ...stamp,
    })),
    plans: plans.map((p) => ({
      id: newId(),
      customer_id: p.customerKey,
      order_id: orderIds.get(p.orderNumber) ?? null,
      owner_id: p.ownerKey,
      due_on: p.dueOn,
      amount_minor: p.amountMinor,
      ...stamp,
    })),
  }
}
