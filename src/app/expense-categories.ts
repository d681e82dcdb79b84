import { expensesByCategory } from '../db/expense-categories.repo'
import type { AppContext } from './context'
import { moneyScope } from './customer-scope'

/**
 * Approved expenses of a period by category (DOMAIN.md "Orders, collections, expenses"), of the
 * reps whose records the caller reads — the expense review of the year-end deck; they add up to
 * the period comparison's expenses (app/sales-analysis.ts).
 */
export async function expenseCategories(
  ctx: AppContext,
  period: { from: string; to: string },
): Promise<{ category: string; amount: number; count: number }[]> {
  return expensesByCategory(ctx.db, { scope: await moneyScope(ctx), ...period })
}
