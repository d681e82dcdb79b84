import { sql, type Kysely } from 'kysely'
import type { Scope } from '../core/access/customer-access'
import type { Database } from './schema'

/**
 * Approved expenses dated in a period, summed per category (DOMAIN.md "Orders, collections,
 * expenses"), of the reps in scope — the same rows the period comparison sums as "expenses"
 * (db/analyses.repo.ts periodFigures), one row per category. Index: expenses_rep_date.
 */
export async function expensesByCategory(
  db: Kysely<Database>,
  options: { scope: Scope; from: string; to: string },
): Promise<{ category: string; amount: number; count: number }[]> {
  const { scope, from, to } = options
  if (scope.kind === 'owners' && scope.ownerIds.length === 0) return []
  const reps = scope.kind === 'all' ? sql`` : sql`and e.rep_id in (${sql.join(scope.ownerIds)})`
  const result = await sql<{ category: string; amount: number | string; n: number | string }>`
    select e.category as category, sum(e.amount_minor) as amount, count(*) as n from expenses e
    where e.deleted_at is null and e.status = 'approved'
      and e.expense_date >= ${from} and e.expense_date <= ${to} ${reps}
    group by e.category`.execute(db)
  return result.rows
    .map((r) => ({ category: r.category, amount: Number(r.amount), count: Number(r.n) }))
    .sort((a, b) => b.amount - a.amount || a.category.localeCompare(b.category))
}
