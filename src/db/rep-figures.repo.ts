import { sql, type Kysely } from 'kysely'
import type { Database } from './schema'

type Range = { repIds: readonly string[]; from: string; to: string }
type Amount = number | string | null

export type RepLedgerSums = {
  repId: string
  /** Confirmed live orders the rep owns dated in the period, and their total. */
  orders: number
  sales: number
  /** The same orders' total from the beginning up to the period's last day. */
  orderedToEnd: number
  /** Collections credited to the rep dated in the period, and from the beginning up to its last day. */
  collections: number
  collectedToEnd: number
  /** Approved expenses of the rep dated in the period. */
  expenses: number
  expensesCount: number
}

const num = (value: Amount | undefined) => Number(value ?? 0)

/**
 * The ledger sums of each rep for a period, credited as everywhere else (DOMAIN.md "Orders,
 * collections, expenses"; app/collections.ts): orders to their owner, collections to their
 * `owner_id` (the order's rep, else the customer's owner), expenses to their rep. Three grouped
 * statements, however many reps: one pass over each rep's orders and collections up to the
 * period's last day (the receivable needs everything before it too), one over the approved
 * expenses in it. Cancelled and deleted records never count.
 */
export async function repLedgerSums(db: Kysely<Database>, range: Range): Promise<RepLedgerSums[]> {
  const { repIds, from, to } = range
  if (repIds.length === 0) return []
  const ids = sql.join(repIds)
  type Row = { rep_id: string; n?: Amount; inside: Amount; upto?: Amount }
  const [orders, collections, expenses] = await Promise.all([
    sql<Row>`
      select o.owner_id as rep_id,
        sum(case when o.order_date >= ${from} then 1 else 0 end) as n,
        sum(case when o.order_date >= ${from} then o.total_minor else 0 end) as inside,
        sum(o.total_minor) as upto
      from orders o
      where o.deleted_at is null and o.status = 'confirmed' and o.order_date <= ${to} and o.owner_id in (${ids})
      group by o.owner_id`.execute(db),
    sql<Row>`
      select k.owner_id as rep_id,
        sum(case when k.collected_on >= ${from} then k.amount_minor else 0 end) as inside,
        sum(k.amount_minor) as upto
      from collections k
      where k.deleted_at is null and k.collected_on <= ${to} and k.owner_id in (${ids})
      group by k.owner_id`.execute(db),
    sql<Row>`
      select e.rep_id, count(*) as n, sum(e.amount_minor) as inside
      from expenses e
      where e.deleted_at is null and e.status = 'approved'
        and e.expense_date >= ${from} and e.expense_date <= ${to} and e.rep_id in (${ids})
      group by e.rep_id`.execute(db),
  ])
  const sums = new Map<string, RepLedgerSums>(
    repIds.map((repId) => [
      repId,
      {
        repId,
        orders: 0,
        sales: 0,
        orderedToEnd: 0,
        collections: 0,
        collectedToEnd: 0,
        expenses: 0,
        expensesCount: 0,
      },
    ]),
  )
  for (const r of orders.rows) {
    const s = sums.get(r.rep_id)
    if (!s) continue
    s.orders = num(r.n)
    s.sales = num(r.inside)
    s.orderedToEnd = num(r.upto)
  }
  for (const r of collections.rows) {
    const s = sums.get(r.rep_id)
    if (!s) continue
    s.collections = num(r.inside)
    s.collectedToEnd = num(r.upto)
  }
  for (const r of expenses.rows) {
    const s = sums.get(r.rep_id)
    if (!s) continue
    s.expenses = num(r.inside)
    s.expensesCount = num(r.n)
  }
  return [...sums.values()]
}
