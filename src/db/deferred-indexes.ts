import { sql, type Kysely } from 'kysely'
import { isSqlite } from './insert-bulk'
import type { Database } from './schema'

/**
 * The orders' indexes whose keys fall at random places in them (a rep, a customer, a date): a bulk
 * insert rewrites pages all over each of them, while building one afterwards is a single sort. A
 * million-line import into an empty database spent ~5 s of its ~7 on orders in these four; built
 * after the rows, they took ~2.3 s. The unique indexes stay (the import finds orders on file by
 * number through them), as do those that a bulk insert only appends to (the import batch, the bin).
 */
const ORDER_INDEXES = ['orders_owner_date', 'orders_customer_date', 'orders_date', 'orders_customer_sales']
const STATISTICS = ['sqlite_stat1', 'sqlite_stat4'] as const

/**
 * Drops the orders' random-key indexes inside the caller's transaction (SQLite only) and returns
 * what builds them again, with the planner's statistics as they were: call it before the commit.
 * A rollback brings them back by itself: SQLite's schema changes are transactional. Other
 * connections see the indexes throughout (WAL: they read the last commit), and this one runs
 * nothing else while the transaction is open. PostgreSQL would lock every reader of the table out
 * until the commit, so there this does nothing.
 */
export async function deferOrderIndexes(db: Kysely<Database>): Promise<() => Promise<void>> {
  if (!isSqlite(db)) return async () => {}
  const indexes = (
    await sql<{ name: string; sql: string }>`select name, sql from sqlite_master
      where type = 'index' and tbl_name = 'orders' and name in (${sql.join(ORDER_INDEXES)})`.execute(db)
  ).rows
  if (indexes.length === 0) return async () => {}
  const statistics: { table: string; rows: Record<string, unknown>[] }[] = []
  for (const table of STATISTICS) {
    const present = await sql`select 1 from sqlite_master where type = 'table' and name = ${table}`.execute(
      db,
    )
    if (present.rows.length === 0) continue
    const rows = (
      await sql<Record<string, unknown>>`select * from ${sql.table(table)}
        where idx in (${sql.join(indexes.map((i) => i.name))})`.execute(db)
    ).rows
    statistics.push({ table, rows })
  }
  for (const index of indexes) await sql`drop index ${sql.id(index.name)}`.execute(db)
  return async () => {
    for (const index of indexes) await sql.raw(index.sql).execute(db)
    // DROP INDEX took the indexes' statistics with it; without them the planner guesses, and reads
    // a year's orders through orders_date instead of a covering index (db/connect.ts).
    for (const { table, rows } of statistics)
      for (const row of rows) {
        const columns = Object.keys(row)
        await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.id(c)))})
          values (${sql.join(columns.map((c) => row[c]))})`.execute(db)
      }
    // Loads the statistics again into this connection's plans.
    if (statistics.length) await sql`analyze sqlite_schema`.execute(db)
  }
}
