import { firstOrdersByRep } from '../db/commission-figures.repo'
import { repLedgerSums } from '../db/rep-figures.repo'
import type { AppContext } from './context'

/** The period's first orders of the reps (db/commission-figures.repo.ts), when a caller has them. */
export type FirstOrders = Awaited<ReturnType<typeof firstOrdersByRep>>

/** A rep's ledger figures of a period: what the monthly report and the team table both show. */
export type RepLedgerFigures = {
  orders: number
  sales: number
  collections: number
  /** At the period's last day. */
  receivable: number
  newCustomers: number
  expenses: number
  expensesCount: number
}

export const NO_LEDGER_FIGURES: RepLedgerFigures = {
  orders: 0,
  sales: 0,
  collections: 0,
  receivable: 0,
  newCustomers: 0,
  expenses: 0,
  expensesCount: 0,
}

/**
 * The one place for "a rep's sales, collections, receivable, new customers and approved expenses
 * in a period" (DOMAIN.md "Orders, collections, expenses", "Analyses"), for any number of reps at
 * once, each credited as the rest of Abacus credits it:
 * - sales: the confirmed live orders the rep owns dated in the period (their count and total);
 * - collections: credited to the collection's rep — the order's rep, else the customer's owner
 *   (app/collections.ts), what commission follows;
 * - receivable: confirmed orders − collections credited to the rep up to the period's last day;
 * - new customers: customers whose first confirmed order ever is dated in the period, credited to
 *   that order's owner — the rep who won them, as the new-customer bonus of commission counts them
 *   (db/commission-figures.repo.ts), even if the customer has moved on since;
 * - expenses: approved, of the rep, dated in the period.
 * Read as the reps' own records, whoever asks: the caller decides whose figures to ask for.
 * `readFirsts`: the same reps' first orders of the same period, already read (the team table reads
 * them once for this and for commission), or being read.
 */
export async function repLedgerFigures(
  ctx: AppContext,
  range: { repIds: readonly string[]; from: string; to: string },
  readFirsts?: FirstOrders | Promise<FirstOrders>,
): Promise<Map<string, RepLedgerFigures>> {
  const [sums, firsts] = await Promise.all([
    repLedgerSums(ctx.db, range),
    readFirsts ?? firstOrdersByRep(ctx.db, range),
  ])
  const won = new Map<string, number>()
  for (const f of firsts) won.set(f.repId, (won.get(f.repId) ?? 0) + 1)
  return new Map(
    sums.map((s) => [
      s.repId,
      {
        orders: s.orders,
        sales: s.sales,
        collections: s.collections,
        receivable: s.orderedToEnd - s.collectedToEnd,
        newCustomers: won.get(s.repId) ?? 0,
        expenses: s.expenses,
        expensesCount: s.expensesCount,
      },
    ]),
  )
}
