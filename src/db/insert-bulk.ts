import { CompiledQuery, SqliteAdapter, type Insertable, type Kysely } from 'kysely'
import { EACH_ROW } from './connect'
import type { Database } from './schema'

/** Rows per statement: under PostgreSQL's 65,535 bound parameters for our widest table. */
const PG_CHUNK = 500
/** Rows per call on SQLite: large enough to cost nothing, small enough to let other work in between. */
const SQLITE_CHUNK = 5_000

export const isSqlite = (db: Kysely<Database>) => db.getExecutor().adapter instanceof SqliteAdapter

/**
 * Many rows into one table, as fast as each engine allows (imports, demo data). SQLite runs one
 * prepared one-row INSERT per row (EACH_ROW in connect.ts) — measured faster than multi-row VALUES
 * (about 2×) and than inserting from `json_each` over a JSON array (1.2×); PostgreSQL takes
 * multi-row VALUES. Every row must have the same columns as the first.
 */
export async function insertBulk<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return
  if (!isSqlite(db)) {
    for (let i = 0; i < rows.length; i += PG_CHUNK)
      await db
        .insertInto(table)
        .values(rows.slice(i, i + PG_CHUNK) as never)
        .execute()
    return
  }
  const columns = Object.keys(rows[0] as object)
  const sql =
    `${EACH_ROW}insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) ` +
    `values (${columns.map(() => '?').join(', ')})`
  for (let i = 0; i < rows.length; i += SQLITE_CHUNK) {
    const chunk = rows.slice(i, i + SQLITE_CHUNK) as readonly Record<string, unknown>[]
    await db.executeQuery(
      CompiledQuery.raw(
        sql,
        chunk.map((row) => columns.map((c) => row[c] ?? null)),
      ),
    )
  }
}
