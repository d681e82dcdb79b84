import type { Insertable, Kysely } from 'kysely'
import { insertBulk } from './insert-bulk'
import type {
  CollectionPlanTable,
  CollectionTable,
  Database,
  ExpenseBudgetTable,
  ExpenseTable,
  OrderLineTable,
  OrderTable,
} from './schema'

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
  await insertBulk(db, 'orders', ledger.orders)
  await insertBulk(db, 'order_lines', ledger.lines)
  await insertBulk(db, 'collections', ledger.collections)
  await insertBulk(db, 'collection_plans', ledger.plans)
}

export async function insertExpensesBulk(
  db: Kysely<Database>,
  expenses: Insertable<ExpenseTable>[],
  budgets: Insertable<ExpenseBudgetTable>[],
): Promise<void> {
  await insertBulk(db, 'expenses', expenses)
  await insertBulk(db, 'expense_budgets', budgets)
}
