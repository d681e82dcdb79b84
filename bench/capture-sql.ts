import { Kysely, PostgresDialect, SqliteDialect, type LogEvent } from 'kysely'
import type { AppContext } from '../src/app/context'
import type { OpenDatabase } from '../src/app/open-database'
import type { Database } from '../src/db/schema'

export type CapturedQuery = { sql: string; parameters: readonly unknown[] }

/**
 * Runs `work` (an app/ use case) on a Kysely that logs every statement over the same driver, and
 * returns the statements it issued: the raw SQL baseline then runs exactly what the server runs.
 * The logging instance is never destroyed: that would close the shared driver.
 */
export async function captureQueries(
  database: OpenDatabase,
  ctx: AppContext,
  work: (ctx: AppContext) => Promise<unknown>,
): Promise<CapturedQuery[]> {
  const captured: CapturedQuery[] = []
  const log = (event: LogEvent) => {
    if (event.level === 'query') captured.push({ sql: event.query.sql, parameters: event.query.parameters })
  }
  const dialect = database.sqlite
    ? new SqliteDialect({ database: database.sqlite })
    : new PostgresDialect({ pool: database.pool as NonNullable<OpenDatabase['pool']> })
  const db = new Kysely<Database>({ dialect, log })
  await work({ ...ctx, db })
  return captured
}
