import { sql, type Insertable } from 'kysely'
import type pg from 'pg'
import type { OpenDatabase } from '../src/app/open-database'
import { insertBulk } from '../src/db/insert-bulk'
import type { Database } from '../src/db/schema'

/** Rows per PostgreSQL statement: one array parameter per column, so no bound-parameter limit. */
const PG_BATCH = 10_000

const pgTypes = new Map<string, Map<string, string>>()

/** Each column's type on PostgreSQL (for the unnest casts), read once per table. */
async function columnTypes(database: OpenDatabase, table: string): Promise<Map<string, string>> {
  const known = pgTypes.get(table)
  if (known) return known
  const { rows } = await sql<{ column_name: string; udt_name: string }>`
    select column_name, udt_name from information_schema.columns
    where table_name = ${table} and table_schema = current_schema()`.execute(database.db)
  const types = new Map(rows.map((r) => [r.column_name, r.udt_name]))
  pgTypes.set(table, types)
  return types
}

/**
 * Many rows into one table at the engine's speed, for generating bench data. SQLite: the
 * product's own insertBulk (one prepared one-row INSERT per row, EACH_ROW in src/db/connect.ts).
 * PostgreSQL: `INSERT … SELECT * FROM unnest($1::type[], …)`, 10,000 rows a statement with one
 * array per column — COPY's speed without COPY's protocol (the product's insertBulk sends
 * multi-row VALUES of 500 rows, which Kysely compiles and PostgreSQL parses value by value).
 */
export async function insertRows<T extends keyof Database>(
  database: OpenDatabase,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  /** PostgreSQL: run the statements on this client (inside its transaction), not on the pool. */
  client?: pg.PoolClient,
): Promise<void> {
  if (rows.length === 0) return
  if (database.engine === 'sqlite') return insertBulk(database.db, table, rows)
  const pool = client ?? database.pool
  if (!pool) throw new Error('no PostgreSQL pool')
  const types = await columnTypes(database, table)
  const columns = Object.keys(rows[0] as object)
  const casts = columns.map((c, i) => {
    const type = types.get(c)
    if (!type) throw new Error(`${table}.${c}: no such column`)
    return `$${i + 1}::${type}[]`
  })
  const text =
    `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) ` +
    `select * from unnest(${casts.join(', ')})`
  for (let start = 0; start < rows.length; start += PG_BATCH) {
    const chunk = rows.slice(start, start + PG_BATCH) as readonly Record<string, unknown>[]
    await pool.query(
      text,
      columns.map((c) => chunk.map((row) => row[c] ?? null)),
    )
  }
}
