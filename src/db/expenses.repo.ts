import { sql, type Kysely, type SqlBool, type Updateable } from 'kysely'
import type { OwnerScope } from './customers.repo'
import type { Database, ExpenseTable } from './schema'

export type ExpenseRecord = {
  id: string
  externalId: string | null
  repId: string
  repName: string
  customerId: string | null
  customerName: string | null
  expenseDate: string
  category: string
  amountMinor: number
  note: string | null
  status: string
  submittedAt: string | null
  submittedBy: string | null
  managerApprovedBy: string | null
  decidedBy: string | null
  decidedAt: string | null
  rejectReason: string | null
  version: number
  createdAt: string
}

const baseQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('expenses')
    .innerJoin('users', 'users.id', 'expenses.rep_id')
    .leftJoin('customers', 'customers.id', 'expenses.customer_id')
    .selectAll('expenses')
    .select(['users.name as rep_name', 'customers.name as customer_name'])
    .where('expenses.deleted_at', 'is', null)

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>

const toExpense = (r: Row): ExpenseRecord => ({
  id: r.id,
  externalId: r.external_id,
  repId: r.rep_id,
  repName: r.rep_name,
  customerId: r.customer_id,
  customerName: r.customer_name,
  expenseDate: r.expense_date,
  category: r.category,
  amountMinor: Number(r.amount_minor),
  note: r.note,
  status: r.status,
  submittedAt: r.submitted_at,
  submittedBy: r.submitted_by,
  managerApprovedBy: r.manager_approved_by,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
  rejectReason: r.reject_reason,
  version: r.version,
  createdAt: r.created_at,
})

export async function findExpense(db: Kysely<Database>, id: string): Promise<ExpenseRecord | undefined> {
  const row = await baseQuery(db).where('expenses.id', '=', id).executeTakeFirst()
  return row && toExpense(row)
}

export async function insertExpense(
  db: Kysely<Database>,
  e: Pick<
    ExpenseTable,
    'id' | 'external_id' | 'rep_id' | 'customer_id' | 'expense_date' | 'category' | 'amount_minor' | 'note'
  >,
  now: string,
): Promise<void> {
  await db
    .insertInto('expenses')
    .values({ ...e, status: 'draft', version: 1, created_at: now, updated_at: now })
    .execute()
}

export type ExpenseChanges = Partial<
  Pick<
    Updateable<ExpenseTable>,
    | 'customer_id'
    | 'expense_date'
    | 'category'
    | 'amount_minor'
    | 'note'
    | 'status'
    | 'submitted_at'
    | 'submitted_by'
    | 'manager_approved_by'
    | 'decided_by'
    | 'decided_at'
    | 'reject_reason'
  >
>

/** Applies changes if the expense is still at `version`: of two approvers, one wins. */
export async function updateExpenseRow(
  db: Kysely<Database>,
  id: string,
  version: number,
  changes: ExpenseChanges,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('expenses')
    .set({ ...changes, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function listExpenseRows(
  db: Kysely<Database>,
  page: {
    scope: OwnerScope
    repId?: string
    status?: string
    from?: string
    to?: string
    limit: number
    after?: { value: string; id: string }
  },
): Promise<{ rows: ExpenseRecord[]; next: { value: string; id: string } | null }> {
  if (page.scope.kind === 'owners' && page.scope.ownerIds.length === 0) return { rows: [], next: null }
  let query = baseQuery(db)
    .orderBy('expenses.expense_date', 'desc')
    .orderBy('expenses.id', 'desc')
    .limit(page.limit + 1)
  if (page.scope.kind === 'owners') query = query.where('expenses.rep_id', 'in', page.scope.ownerIds)
  if (page.repId) query = query.where('expenses.rep_id', '=', page.repId)
  if (page.status) query = query.where('expenses.status', '=', page.status)
  if (page.from) query = query.where('expenses.expense_date', '>=', page.from)
  if (page.to) query = query.where('expenses.expense_date', '<=', page.to)
  if (page.after)
    query = query.where(
      sql<SqlBool>`(expenses.expense_date, expenses.id) < (${page.after.value}, ${page.after.id})`,
    )
  const rows = await query.execute()
  const shown = rows.slice(0, page.limit)
  const last = shown[shown.length - 1]
  return {
    rows: shown.map(toExpense),
    next: rows.length > page.limit && last ? { value: last.expense_date, id: last.id } : null,
  }
}

export type BudgetRecord = {
  id: string
  repId: string
  repName: string
  periodFrom: string
  periodTo: string
  amountMinor: number | null
  shareBp: number | null
  /** The rep's committed spending (submitted or approved) in the period. */
  spentMinor: number
  /** The rep's collections in the period (what a share budget is a share of). */
  collectedMinor: number
}

export async function insertBudget(
  db: Kysely<Database>,
  b: Omit<BudgetRecord, 'repName' | 'spentMinor' | 'collectedMinor'>,
  now: string,
) {
  await db
    .insertInto('expense_budgets')
    .values({
      id: b.id,
      rep_id: b.repId,
      period_from: b.periodFrom,
      period_to: b.periodTo,
      amount_minor: b.amountMinor,
      share_bp: b.shareBp,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute()
}

/**
 * Budgets in scope (or one by `id`); with `on`, only those whose period contains that date. Each
 * comes with its rep's spending and collections in its period, summed in the same statement.
 */
export async function listBudgetRows(
  db: Kysely<Database>,
  options: { scope: OwnerScope; id?: string; repId?: string; on?: string },
): Promise<BudgetRecord[]> {
  if (options.scope.kind === 'owners' && options.scope.ownerIds.length === 0) return []
  let query = db
    .selectFrom('expense_budgets')
    .innerJoin('users', 'users.id', 'expense_budgets.rep_id')
    .selectAll('expense_budgets')
    .select('users.name as rep_name')
    .select((eb) => [
      eb
        .selectFrom('expenses')
        .select((inner) =>
          inner.fn.coalesce(inner.fn.sum<number>('expenses.amount_minor'), inner.lit(0)).as('n'),
        )
        .whereRef('expenses.rep_id', '=', 'expense_budgets.rep_id')
        .where('expenses.deleted_at', 'is', null)
        .where('expenses.status', 'in', ['submitted', 'approved'])
        .whereRef('expenses.expense_date', '>=', 'expense_budgets.period_from')
        .whereRef('expenses.expense_date', '<=', 'expense_budgets.period_to')
        .as('spent'),
      eb
        .selectFrom('collections')
        .select((inner) =>
          inner.fn.coalesce(inner.fn.sum<number>('collections.amount_minor'), inner.lit(0)).as('n'),
        )
        .whereRef('collections.owner_id', '=', 'expense_budgets.rep_id')
        .where('collections.deleted_at', 'is', null)
        .whereRef('collections.collected_on', '>=', 'expense_budgets.period_from')
        .whereRef('collections.collected_on', '<=', 'expense_budgets.period_to')
        .as('collected'),
    ])
    .where('expense_budgets.deleted_at', 'is', null)
    .orderBy('expense_budgets.period_from', 'desc')
    .limit(500)
  if (options.scope.kind === 'owners')
    query = query.where('expense_budgets.rep_id', 'in', options.scope.ownerIds)
  if (options.id) query = query.where('expense_budgets.id', '=', options.id)
  if (options.repId) query = query.where('expense_budgets.rep_id', '=', options.repId)
  if (options.on)
    query = query
      .where('expense_budgets.period_from', '<=', options.on)
      .where('expense_budgets.period_to', '>=', options.on)
  return (await query.execute()).map((r) => ({
    id: r.id,
    repId: r.rep_id,
    repName: r.rep_name,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    amountMinor: r.amount_minor === null ? null : Number(r.amount_minor),
    shareBp: r.share_bp,
    spentMinor: Number(r.spent ?? 0),
    collectedMinor: Number(r.collected ?? 0),
  }))
}
