import { plainMoney } from '../core/money/format-money'
import { listCollectionRows, type CollectionRecord } from '../db/collections.repo'
import { listExpenseRows, type ExpenseRecord } from '../db/expenses.repo'
import { listOrderRows, type OrderRecord } from '../db/orders.repo'
import type { AppContext } from './context'
import { csvExport, keysetPages, type CsvColumn } from './csv-export'
import { readScope } from './customer-scope'

// Codes (status, method, category) stay codes and money a plain decimal, so the files import back.
const ORDER_COLUMNS: CsvColumn<OrderRecord>[] = [
  ['label.number', (r) => r.number],
  ['label.orderDate', (r) => r.orderDate],
  ['label.customerId', (r) => r.customerName],
  ['label.owner', (r) => r.ownerName],
  ['label.status', (r) => r.status],
  ['label.total', (r) => plainMoney(r.totalMinor)],
  ['label.note', (r) => r.note],
]
const COLLECTION_COLUMNS: CsvColumn<CollectionRecord>[] = [
  ['label.collectedOn', (r) => r.collectedOn],
  ['label.customerId', (r) => r.customerName],
  ['label.orderId', (r) => r.orderNumber],
  ['label.owner', (r) => r.ownerName],
  ['label.method', (r) => r.method],
  ['label.amount', (r) => plainMoney(r.amountMinor)],
  ['label.note', (r) => r.note],
]
const EXPENSE_COLUMNS: CsvColumn<ExpenseRecord>[] = [
  ['label.expenseDate', (r) => r.expenseDate],
  ['label.repId', (r) => r.repName],
  ['label.customerId', (r) => r.customerName],
  ['label.category', (r) => r.category],
  ['label.amount', (r) => plainMoney(r.amountMinor)],
  ['label.status', (r) => r.status],
  ['label.note', (r) => r.note],
]

export const LEDGER_EXPORTS = ['orders', 'collections', 'expenses'] as const
export type LedgerExport = (typeof LEDGER_EXPORTS)[number]

/** Orders, collections or expenses the actor may see, newest first, as CSV page by page. */
export async function* exportLedgerCsv(ctx: AppContext, what: LedgerExport): AsyncGenerator<string> {
  const scope = await readScope(ctx)
  const page = { scope, limit: 1000 }
  if (what === 'orders')
    yield* csvExport(
      ctx,
      ORDER_COLUMNS,
      keysetPages((after) => listOrderRows(ctx.db, { ...page, after })),
    )
  else if (what === 'collections')
    yield* csvExport(
      ctx,
      COLLECTION_COLUMNS,
      keysetPages((after) => listCollectionRows(ctx.db, { ...page, after })),
    )
  else
    yield* csvExport(
      ctx,
      EXPENSE_COLUMNS,
      keysetPages((after) => listExpenseRows(ctx.db, { ...page, after })),
    )
}
