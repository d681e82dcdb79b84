import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Scope } from '../core/access/customer-access'
import type { CustomerPeriods, CustomersAlike } from '../core/analyses/gain-loss'
import type { Database } from './schema'

type Period = { from: string; to: string }

/**
 * The customers an analysis reads (DOMAIN.md "People and visibility"): the live customers of the
 * owners in scope, or every live customer (the pool's too) for a scope of all. A customer's whole
 * history counts — its confirmed orders by whoever took them — as for the team monitor's
 * "converted": the analysis is of customers, and a rep's customers are those they own now.
 */
const customersIn = (scope: Scope, alias: string): RawBuilder<unknown> =>
  scope.kind === 'all'
    ? sql`${sql.ref(`${alias}.deleted_at`)} is null`
    : sql`${sql.ref(`${alias}.deleted_at`)} is null and ${sql.ref(`${alias}.owner_id`)} in (${sql.join(scope.ownerIds)})`

const nothingVisible = (scope: Scope) => scope.kind === 'owners' && scope.ownerIds.length === 0

/** What an analysis knows of a customer beside its sums: owner, tier, region, why it was lost. */
type CustomerTraits = {
  ownerId: string | null
  tier: string
  tierOverride: string | null
  tierOverrideUntil: string | null
  region: string | null
  lostReason: string | null
}

export type CustomerPeriodsRow = CustomerPeriods &
  CustomerTraits & { customerId: string; name: string | null }

/** Customers alike in owner, tier, region, when they ordered and (the lost) lost reason, summed. */
export type CustomerPeriodsGroupRow = CustomersAlike & CustomerTraits

type RawTraits = {
  owner_id: string | null
  tier: string
  tier_override: string | null
  tier_override_until: string | null
  region: string | null
  lost_reason: string | null
  sales: number | string
  previous_sales: number | string
  /** Bits: 1 ordered in P, 2 ordered in Q, 4 ordered before P (looked up only when 1 and not 2). */
  ordered: number | string
}

// Rows are built as one literal, then grown: an object spread from another of a dozen fields is a
// slow (dictionary) object to V8, and the rule's one pass over them took 10× as long.
const traitsOf = (r: RawTraits) => {
  const ordered = Number(r.ordered)
  return {
    ownerId: r.owner_id,
    tier: r.tier,
    tierOverride: r.tier_override,
    tierOverrideUntil: r.tier_override_until,
    region: r.region,
    lostReason: r.lost_reason,
    sales: Number(r.sales),
    previousSales: Number(r.previous_sales),
    orderedInPeriod: (ordered & 1) !== 0,
    orderedInPrevious: (ordered & 2) !== 0,
    orderedBefore: (ordered & 6) !== 0,
  }
}

type PeriodsOptions = { scope: Scope; period: Period; previous: Period }

/**
 * Each visible customer that ordered in P or in Q, with its sums in both and whether it ordered
 * before P — the grain the gain/loss rule needs (core/analyses/gain-loss.ts): `a` is one pass over
 * the orders from Q's first day to P's last, grouped by customer, and the select joins each to its
 * traits (index customers_periods) and, for the few that bought in P but not in Q, looks for an
 * earlier order (orders_customer_date). Q must end before P starts. Cancelled and deleted orders
 * never count.
 */
function periodsOfCustomers(options: PeriodsOptions & { withNames?: boolean }) {
  const { scope, period: p, previous: q } = options
  const ownOrders =
    scope.kind === 'all'
      ? sql``
      : sql`and o.customer_id in (select c.id from customers c where ${customersIn(scope, 'c')})`
  return {
    a: sql`
      select o.customer_id,
        sum(case when o.order_date >= ${p.from} then o.total_minor else 0 end) as sales,
        sum(case when o.order_date <= ${q.to} then o.total_minor else 0 end) as previous_sales,
        max(case when o.order_date >= ${p.from} then 1 else 0 end) as in_p,
        max(case when o.order_date <= ${q.to} then 1 else 0 end) as in_q
      from orders o
      where o.deleted_at is null and o.status = 'confirmed'
        and o.order_date >= ${q.from} and o.order_date <= ${p.to} ${ownOrders}
      group by o.customer_id`,
    customers: sql`
      select a.customer_id, ${options.withNames ? sql`c.name,` : sql``}
        c.owner_id, c.tier, c.tier_override, c.tier_override_until, c.region, c.lost_reason,
        a.sales, a.previous_sales, a.in_p,
        a.in_p + 2 * a.in_q + case when a.in_p = 1 and a.in_q = 0 and exists (
          select 1 from orders b
          where b.customer_id = a.customer_id and b.deleted_at is null and b.status = 'confirmed'
            and b.order_date < ${p.from}
        ) then 4 else 0 end as ordered
      from a join customers c on c.id = a.customer_id
      where ${customersIn(scope, 'c')} and (a.in_p = 1 or a.in_q = 1)`,
  }
}

/** Each visible customer that ordered in P or in Q (periodsOfCustomers), one row each. */
export async function customerPeriodTotals(
  db: Kysely<Database>,
  options: PeriodsOptions & { withNames?: boolean },
): Promise<CustomerPeriodsRow[]> {
  if (nothingVisible(options.scope)) return []
  const { a, customers } = periodsOfCustomers(options)
  const result = await sql<RawTraits & { customer_id: string; name?: string | null }>`
    with a as (${a}) ${customers}`.execute(db)
  return result.rows.map((r) => {
    const row = traitsOf(r) as CustomerPeriodsRow
    row.customerId = r.customer_id
    row.name = r.name ?? null
    return row
  })
}

/**
 * The same customers summed by owner, tier, region and when they ordered, with the lost reason of
 * the lost: the analysis page's totals, bridge and breakdowns come out alike from these, and a year
 * of 100,000 customers leaves the database as a few thousand rows instead of one row each (making
 * 100,000 row objects cost as much as the scan; bench/analyses-bench.ts). The database adds up
 * each retained customer's rise or fall; which group a row is in, and what the bridge makes of
 * it, stays with the rule (core/analyses/gain-loss.ts).
 */
export async function customerPeriodGroups(
  db: Kysely<Database>,
  options: PeriodsOptions,
): Promise<CustomerPeriodsGroupRow[]> {
  if (nothingVisible(options.scope)) return []
  const { a, customers } = periodsOfCustomers(options)
  const lostReason = sql`case when k.in_p = 0 then k.lost_reason end`
  const result = await sql<
    RawTraits & { customers: number | string; rise: number | string; fall: number | string }
  >`
    with a as (${a}), k as (${customers})
    select k.owner_id, k.tier, k.tier_override, k.tier_override_until, k.region,
      ${lostReason} as lost_reason, k.ordered,
      count(*) as customers, sum(k.sales) as sales, sum(k.previous_sales) as previous_sales,
      sum(case when k.sales > k.previous_sales then k.sales - k.previous_sales else 0 end) as rise,
      sum(case when k.sales < k.previous_sales then k.previous_sales - k.sales else 0 end) as fall
    from k
    group by k.owner_id, k.tier, k.tier_override, k.tier_override_until, k.region, ${lostReason}, k.ordered`.execute(
    db,
  )
  return result.rows.map((r) => {
    const row = traitsOf(r) as CustomerPeriodsGroupRow
    row.customers = Number(r.customers)
    row.rise = Number(r.rise)
    row.fall = Number(r.fall)
    return row
  })
}

/** Confirmed sales and collections of the visible customers per month (`YYYY-MM`) of a period. */
export async function ledgerByMonth(
  db: Kysely<Database>,
  options: { scope: Scope; period: Period },
): Promise<{ month: string; sales: number; collections: number }[]> {
  const { scope, period } = options
  if (nothingVisible(scope)) return []
  const [sales, collections] = await Promise.all([
    sql<{ month: string; amount: number | string }>`
      select substr(o.order_date, 1, 7) as month, sum(o.total_minor) as amount
      from orders o join customers c on c.id = o.customer_id
      where o.deleted_at is null and o.status = 'confirmed'
        and o.order_date >= ${period.from} and o.order_date <= ${period.to} and ${customersIn(scope, 'c')}
      group by substr(o.order_date, 1, 7)`.execute(db),
    sql<{ month: string; amount: number | string }>`
      select substr(k.collected_on, 1, 7) as month, sum(k.amount_minor) as amount
      from collections k join customers c on c.id = k.customer_id
      where k.deleted_at is null
        and k.collected_on >= ${period.from} and k.collected_on <= ${period.to} and ${customersIn(scope, 'c')}
      group by substr(k.collected_on, 1, 7)`.execute(db),
  ])
  const months = new Map<string, { month: string; sales: number; collections: number }>()
  const entry = (month: string) =>
    months.get(month) ?? months.set(month, { month, sales: 0, collections: 0 }).get(month)!
  for (const r of sales.rows) entry(r.month).sales += Number(r.amount)
  for (const r of collections.rows) entry(r.month).collections += Number(r.amount)
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month))
}

export type PeriodFigures = {
  sales: number
  collections: number
  receivable: number
  expenses: number
  newCustomers: number
}

/**
 * The figures of periods for the comparison (DOMAIN.md "Analyses"), each: confirmed sales and
 * collections of the visible customers dated in it, their receivable at its last day (confirmed
 * orders − collections up to then), approved expenses of the reps in scope dated in it, and the
 * customers whose first confirmed order falls in it (new customers). All the periods in one pass
 * over each table: the orders up to the last day are read once, not once per period (a comparison
 * of two years read the older year's orders twice).
 */
export async function periodFigures(
  db: Kysely<Database>,
  options: { scope: Scope; periods: readonly Period[] },
): Promise<PeriodFigures[]> {
  const { scope, periods } = options
  if (nothingVisible(scope) || periods.length === 0)
    return periods.map(() => ({ sales: 0, collections: 0, receivable: 0, expenses: 0, newCustomers: 0 }))
  const first = periods.map((p) => p.from).sort()[0] as string
  const last = periods.map((p) => p.to).sort()[periods.length - 1] as string
  const reps = scope.kind === 'all' ? sql`` : sql`and e.rep_id in (${sql.join(scope.ownerIds)})`
  const column = (name: string, i: number) => sql.raw(`${name}_${i}`)
  const within = (day: RawBuilder<unknown>, p: Period) => sql`${day} >= ${p.from} and ${day} <= ${p.to}`
  // Per period: the amount dated in it, and all of it up to its last day.
  const sums = (day: RawBuilder<unknown>, amount: RawBuilder<unknown>) =>
    sql.join(
      periods.flatMap((p, i) => [
        sql`sum(case when ${within(day, p)} then ${amount} else 0 end) as ${column('inside', i)}`,
        sql`sum(case when ${day} <= ${p.to} then ${amount} else 0 end) as ${column('upto', i)}`,
      ]),
    )
  type Row = Record<string, number | string | null>
  const [orders, collections, expenses, firsts] = await Promise.all([
    sql<Row>`
      select ${sums(sql`o.order_date`, sql`o.total_minor`)}
      from orders o join customers c on c.id = o.customer_id
      where o.deleted_at is null and o.status = 'confirmed' and o.order_date <= ${last}
        and ${customersIn(scope, 'c')}`.execute(db),
    sql<Row>`
      select ${sums(sql`k.collected_on`, sql`k.amount_minor`)}
      from collections k join customers c on c.id = k.customer_id
      where k.deleted_at is null and k.collected_on <= ${last} and ${customersIn(scope, 'c')}`.execute(db),
    sql<Row>`
      select ${sql.join(
        periods.map(
          (p, i) =>
            sql`sum(case when ${within(sql`e.expense_date`, p)} then e.amount_minor else 0 end) as ${column('inside', i)}`,
        ),
      )}
      from expenses e
      where e.deleted_at is null and e.status = 'approved'
        and e.expense_date >= ${first} and e.expense_date <= ${last} ${reps}`.execute(db),
    // A customer is new in a period when its first confirmed order falls in it.
    sql<Row>`
      select ${sql.join(
        periods.map(
          (p, i) => sql`count(case when ${within(sql`f.first_day`, p)} then 1 end) as ${column('n', i)}`,
        ),
      )}
      from (
        select min(o.order_date) as first_day from orders o join customers c on c.id = o.customer_id
        where o.deleted_at is null and o.status = 'confirmed' and o.order_date <= ${last}
          and ${customersIn(scope, 'c')}
        group by o.customer_id
      ) f`.execute(db),
  ])
  const value = (rows: readonly Row[], name: string, i: number) => Number(rows[0]?.[`${name}_${i}`] ?? 0)
  return periods.map((_, i) => ({
    sales: value(orders.rows, 'inside', i),
    collections: value(collections.rows, 'inside', i),
    receivable: value(orders.rows, 'upto', i) - value(collections.rows, 'upto', i),
    expenses: value(expenses.rows, 'inside', i),
    newCustomers: value(firsts.rows, 'n', i),
  }))
}
