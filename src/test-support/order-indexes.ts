import { sql } from 'kysely'
import type { Db } from '../db/connect'

/**
 * The orders' indexes as the engine describes them, by name: definition, and on SQLite the root
 * page (an index built anew lives on new pages; PostgreSQL answers 0).
 */
export async function orderIndexes(database: Db) {
  if (database.engine === 'sqlite')
    return (
      await sql<{ name: string; sql: string | null; rootpage: number }>`select name, sql, rootpage
        from sqlite_master where type = 'index' and tbl_name = 'orders' order by name`.execute(database.db)
    ).rows
  return (
    await sql<{ name: string; sql: string; rootpage: number }>`select indexname as name, indexdef as sql,
        0 as rootpage from pg_indexes
      where schemaname = current_schema() and tablename = 'orders' order by indexname`.execute(database.db)
  ).rows
}
