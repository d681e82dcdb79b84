import type { Insertable, Kysely } from 'kysely'
import type {
  CollectionPlanTable,
  CollectionTable,
  Database,
  ExpenseBudgetTable,
  ExpenseTable,
  OrderLineTable,
  OrderTable,
} from './schema'

/** Rows per INSERT: under both engines' limits on bound parameters (SQLite 32,766). */
const CHUNK = 500

async function insertChunked<
  T extends 'orders' | 'order_lines' | 'collections' | 'collection_plans' | 'expenses' | 'expense_budgets',
>(db: Kysely<Database>, table: T, rows: readonly Insertable<Database[T]>[]) {
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as Insertable<Database[T]>[])
      .execute()
}

/** Many ledger rows at once (demo data, benchmarks, imports); the caller records the batch. */
export async function insertLedgerBulk(
  db: Kysely<Database>,
  ledger: {
    orders: Insertable<OrderTable>[]
    lines: Insertable<OrderLineTable>[]
    collections: Insertable<CollectionTable>[]
    plans: Insertable<CollectionPlanTable>[]
  },
): Promise<void> {
  await insertChunked(db, 'orders', ledger.orders)
  await insertChunked(db, 'order_lines', ledger.lines)
  await insertChunked(db, 'collections', ledger.collections)
  await insertChunked(db, 'collection_plans', ledger.plans)
}

export async function insertExpensesBulk(
  db: Kysely<Database>,
  expenses: Insertable<ExpenseTable>[],
  budgets: Insertable<ExpenseBudgetTable>[],
): Promise<void> {
  await insertChunked(db, 'expenses', expenses)
  await insertChunked(db, 'expense_budgets', budgets)
}
