import { sql } from 'kysely'
import { connect, type Db } from '../db/connect'

/**
 * Another connection to a test database, as a second server process would have: its own pool on
 * PostgreSQL (the same schema); on SQLite in memory, where nothing else can reach the database,
 * the same connection. `close` closes only what it opened.
 */
export async function secondConnection(database: Db): Promise<Db & { release: () => Promise<void> }> {
  if (database.engine !== 'postgres') return { ...database, release: async () => {} }
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db)
  const other = connect(process.env.TEST_DATABASE_URL as string, { schema: rows[0]?.schema as string })
  return { ...other, release: () => other.close() }
}
