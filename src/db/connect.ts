import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import SQLite from 'better-sqlite3'
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
  type SqliteStatement,
  type TransactionSettings,
} from 'kysely'
import pg from 'pg'
import type { Database } from './schema'
import { checkpointAside, type CheckpointAside } from './checkpoint-aside'
import { sqliteReader } from './sqlite-reader'
import { applyDurability, checkDurability, SAFE_DURABILITY, type SqliteDurability } from './sqlite-durability'

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
 * Changes whenever anything may have been written to the database since the last call returned
 * the same value — by this process or another (the CLI, a second server) — so an answer computed
 * at one version can be served again while the version stays (api/read-cache.ts). SQLite only:
 * this process counts its own writing statements and `PRAGMA data_version` moves when another
 * connection commits; PostgreSQL has no signal as cheap, so there is none (undefined).
 */
export type DataVersion = () => string

const dataVersions = new WeakMap<Kysely<Database>, DataVersion>()

/** The data version of a database opened by `connect`, when its engine has one. */
export const dataVersionOf = (db: Kysely<Database>): DataVersion | undefined => dataVersions.get(db)

const readers = new WeakMap<Kysely<Database>, Kysely<Database>>()

/**
 * Where a scan can run beside the caller's own: a SQLite file in WAL mode has a read-only
 * connection on a thread of its own (sqlite-reader.ts); PostgreSQL's pool already runs queries side
 * by side, and an in-memory SQLite database has no second connection, so both answer `db` itself,
 * as does a transaction (the reader could not see its uncommitted writes).
 */
export const readerOf = (db: Kysely<Database>): Kysely<Database> => readers.get(db) ?? db

const asides = new WeakMap<Kysely<Database>, CheckpointAside>()

/**
 * Runs `write`, one transaction that writes a great deal (an import), leaving the log's checkpoint
 * its commit would run to a thread of its own (checkpoint-aside.ts): a SQLite file in WAL mode
 * only; elsewhere `write` simply runs.
 */
export const withCheckpointAside = <T>(db: Kysely<Database>, write: () => Promise<T>): Promise<T> => {
  const aside = asides.get(db)
  return aside ? aside.around(write) : write()
}

/**
 * Kysely prepares every query anew; preparing costs more than running a short indexed query, so
 * prepared statements are kept by SQL text, least recently used out first (bounded: IN lists of
 * varying length make new texts).
 */
function withStatementCache(sqlite: SQLite.Database, limit = 500) {
  const cache = new Map<string, SQLite.Statement>()
  // Kysely prepares once per execution, so this counts the writing statements run (a rolled-back
  // one too: a version may move without a change, never the other way round).
  let writes = 0
  const prepare = (sql: string) => {
    let statement = cache.get(sql)
    if (statement) cache.delete(sql)
    else {
      statement = sqlite.prepare(sql)
      if (cache.size >= limit) cache.delete(cache.keys().next().value as string)
    }
    cache.set(sql, statement)
    if (!statement.readonly) writes += 1
    return statement
  }
  // Moves when another connection (another process) commits; this connection's own writes do not
  // move it, which the count above covers.
  const committedElsewhere = sqlite.prepare('pragma data_version').pluck()
  const version: DataVersion = () => `${writes}.${committedElsewhere.get() as number}`
  return {
    version,
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
 * Transactions begin IMMEDIATE: the write lock is taken at BEGIN, waiting up to busy_timeout for
 * another process to commit. A deferred BEGIN reads first and asks for the lock at its first
 * write; if another process (a second server on the same file) committed in between, SQLite
 * cannot wait — the snapshot is stale — and fails at once with SQLITE_BUSY_SNAPSHOT, "database is
 * locked", a 500 where the writer should have got its 412 (issue 9, concurrency). Within one
 * process Kysely already runs one transaction at a time on the one connection, so nothing waits
 * longer than before. Read-only transactions stay deferred (below).
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(
    connection: DatabaseConnection,
    settings?: TransactionSettings,
  ): Promise<void> {
    // A read-only transaction (`setAccessMode('read only')`: an export's snapshot) writes nothing:
    // deferred, it reads one moment of the data while other processes go on writing.
    const begin = settings?.accessMode === 'read only' ? 'begin' : 'begin immediate'
    await connection.executeQuery(CompiledQuery.raw(begin))
  }
}
class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig
  constructor(config: SqliteDialectConfig) {
    super(config)
    this.#config = config
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config)
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
 * Opens `sqlite:PATH` (or `sqlite::memory:`) or `postgres://…`. A SQLite file runs in WAL mode with
 * synchronous=FULL so an acknowledged commit survives a power cut — other settings only as `sqlite`
 * says, checked and read back (sqlite-durability.ts); foreign keys are on.
 * `schema` (PostgreSQL only) sets the search path, which the tests use to isolate suites.
 */
export function connect(url: string, options: { schema?: string; sqlite?: SqliteDurability } = {}): Db {
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
  // In memory nothing outlives the process: there is no commit to keep.
  const file = path !== ':memory:'
  const durability = options.sqlite ?? SAFE_DURABILITY
  if (file) {
    checkDurability(durability)
    mkdirSync(dirname(path), { recursive: true })
  }
  const sqlite = new SQLite(path)
  try {
    if (file) applyDurability(sqlite, durability, path)
  } catch (error) {
    sqlite.close()
    throw error
  }
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  // 64 MiB of page cache instead of 2: list pages read rows scattered over the table.
  sqlite.pragma('cache_size = -65536')
  // The planner's statistics, as SQLite advises for long-lived connections: without them a year's
  // orders are read through orders_date and a row lookup each instead of a covering index (the
  // year-end deck of a million orders: 6.5 s instead of 4). Bounded (a sample per index), so cheap.
  sqlite.pragma('optimize = 0x10002')
  const database = withStatementCache(sqlite)
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database }) })
  dataVersions.set(db, database.version)
  // The journal mode in use, not the one asked for: with unsafe durability allowed, a file system
  // that refuses WAL leaves the file in rollback mode, where a reader's locks would hold up commits.
  const wal = file && String(sqlite.pragma('journal_mode', { simple: true })).toLowerCase() === 'wal'
  const reader = wal ? sqliteReader(resolve(path)) : null
  if (reader) readers.set(db, reader)
  const aside = wal ? checkpointAside(sqlite, resolve(path)) : null
  if (aside) asides.set(db, aside)
  const close = async () => {
    try {
      await aside?.settled()
      await reader?.destroy()
    } finally {
      await db.destroy()
    }
  }
  return { db, engine: 'sqlite', sqlite, close }
}
