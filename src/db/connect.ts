import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, PostgresDialect, SqliteDialect, type SqliteStatement } from 'kysely'
import pg from 'pg'
import type { Database } from './schema'

export type Engine = 'sqlite' | 'postgres'

export type Db = {
  db: Kysely<Database>
  engine: Engine
  /** The driver beneath, for baselines and backups: never for application queries. */
  sqlite?: SQLite.Database
  pool?: pg.Pool
  close: () => Promise<void>
}

/**
 * Kysely prepares every query anew; preparing costs more than running a short indexed query, so
 * prepared statements are kept by SQL text, least recently used out first (bounded: IN lists of
 * varying length make new texts).
 */
function withStatementCache(sqlite: SQLite.Database, limit = 500) {
  const cache = new Map<string, SQLite.Statement>()
  const prepare = (sql: string) => {
    let statement = cache.get(sql)
    if (statement) cache.delete(sql)
    else {
      statement = sqlite.prepare(sql)
      if (cache.size >= limit) cache.delete(cache.keys().next().value as string)
    }
    cache.set(sql, statement)
    return statement
  }
  return {
    close: () => sqlite.close(),
    prepare: (sql: string) => {
      if (!sql.startsWith(EACH_ROW)) return prepare(sql)
      // A one-row INSERT whose parameters are rows: run once per row (see insert-bulk.ts).
      const statement = prepare(sql.slice(EACH_ROW.length))
      const readsNothing = () => {
        throw new Error('an each-row statement only inserts')
      }
      const each: SqliteStatement = {
        reader: false,
        all: readsNothing,
        iterate: readsNothing,
        run: (rows) => {
          let changes = 0
          for (const row of rows as readonly unknown[][]) changes += statement.run(row).changes
          return { changes, lastInsertRowid: 0 }
        },
      }
      return each
    },
  }
}

/**
 * Marks a one-row INSERT whose parameters are a list of rows, which the SQLite driver runs once
 * per row from one prepared statement: the fastest way into SQLite, a million rows without a
 * million promises or statement texts.
 */
export const EACH_ROW = '/* each row */ '

export const DEFAULT_DATABASE_URL = 'sqlite:./data/abacus.db'

/** A URL that names the database without its password, for logs and messages. */
export function describeDatabaseUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')
}

/**
 * Opens `sqlite:PATH` (or `sqlite::memory:`) or `postgres://…`. SQLite runs in WAL mode with
 * synchronous=FULL so an acknowledged commit survives a power cut; foreign keys are on.
 * `schema` (PostgreSQL only) sets the search path, which the tests use to isolate suites.
 */
export function connect(url: string, options: { schema?: string } = {}): Db {
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    // int8 (COUNT, SUM, bigint money) arrives as a string by default; our values fit in 2^53.
    const types = {
      getTypeParser: (oid: number, format?: 'text' | 'binary') =>
        oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format),
    }
    const pool = new pg.Pool({
      connectionString: url,
      max: 10,
      types,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    })
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    return { db, engine: 'postgres', pool, close: () => db.destroy() }
  }
  if (!url.startsWith('sqlite:')) throw new Error(`Unsupported database URL: ${describeDatabaseUrl(url)}`)
  const path = url.slice('sqlite:'.length)
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true })
  const sqlite = new SQLite(path)
  if (path !== ':memory:') sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  // 64 MiB of page cache instead of 2: list pages read rows scattered over the table.
  sqlite.pragma('cache_size = -65536')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) })
  return { db, engine: 'sqlite', sqlite, close: () => db.destroy() }
}
