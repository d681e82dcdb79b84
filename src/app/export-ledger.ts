import { listCollectionRows, type CollectionRecord } from '../db/collections.repo'
import { listExpenseRows, type ExpenseRecord } from '../db/expenses.repo'
import { listOrderRows, type OrderRecord } from '../db/orders.repo'
import type { AppContext } from './context'
import { exportTable, keysetPages, type ExportColumn, type ExportTable } from './export-table'
import { moneyScope } from './customer-scope'

// Codes (status, method, category) stay codes and money a plain decimal, so the files import back.
const ORDER_COLUMNS: ExportColumn<OrderRecord>[] = [
  ['label.number', (r) => r.number],
  ['label.orderDate', (r) => r.orderDate],
  ['label.customerId', (r) => r.customerName],
  ['label.owner', (r) => r.ownerName],
  ['label.status', (r) => r.status],
  ['label.total', (r) => r.totalMinor, 'money'],
  ['label.note', (r) => r.note],
]
const COLLECTION_COLUMNS: ExportColumn<CollectionRecord>[] = [
  ['label.collectedOn', (r) => r.collectedOn],
  ['label.customerId', (r) => r.customerName],
  ['label.orderId', (r) => r.orderNumber],
  ['label.owner', (r) => r.ownerName],
  ['label.method', (r) => r.method],
  ['label.amount', (r) => r.amountMinor, 'money'],
  ['label.note', (r) => r.note],
]
const EXPENSE_COLUMNS: ExportColumn<ExpenseRecord>[] = [
  ['label.expenseDate', (r) => r.expenseDate],
  ['label.repId', (r) => r.repName],
  ['label.customerId', (r) => r.customerName],
  ['label.category', (r) => r.category],
  ['label.amount', (r) => r.amountMinor, 'money'],
  ['label.status', (r) => r.status],
  ['label.note', (r) => r.note],
]

export const LEDGER_EXPORTS = ['orders', 'collections', 'expenses'] as const
export type LedgerExport = (typeof LEDGER_EXPORTS)[number]

/** Orders, collections or expenses the actor may see, newest first, as a table read page by page. */
export async function exportLedger(ctx: AppContext, what: LedgerExport): Promise<ExportTable> {
  const scope = await moneyScope(ctx)
  const page = { scope, limit: 1000 }
  if (what === 'orders')
    return exportTable(
      ctx,
      ORDER_COLUMNS,
      keysetPages((after) => listOrderRows(ctx.db, { ...page, after })),
    )
  if (what === 'collections')
    return exportTable(
      ctx,
      COLLECTION_COLUMNS,
      keysetPages((after) => listCollectionRows(ctx.db, { ...page, after })),
    )
  return exportTable(
    ctx,
    EXPENSE_COLUMNS,
    keysetPages((after) => listExpenseRows(ctx.db, { ...page, after })),
  )
}
