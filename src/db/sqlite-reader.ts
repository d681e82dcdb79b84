import { Worker } from 'node:worker_threads'
import {
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from 'kysely'
import type { Database } from './schema'

type Reply = { id: number; rows?: unknown[]; error?: { message: string; code?: string } }
type Waiting = { resolve: (rows: unknown[]) => void; reject: (error: Error) => void }

const WORKER = new URL('./sqlite-reader-worker.mjs', import.meta.url)

/**
 * A second, read-only connection to a SQLite file on a thread of its own (sqlite-reader-worker.mjs),
 * as a Kysely instance that only reads. better-sqlite3 runs every statement on the thread that asks,
 * so a request's independent scans run one after the other on one core however many the machine
 * has; one of them sent here runs beside the others (the team table: app/team-table.ts).
 * WAL mode only (db/connect.ts): a reader there never blocks a writer, and each statement sees
 * every transaction committed when it starts — never one still open on the main connection, which
 * is why a caller inside a transaction must not use it. The thread starts at the first query and
 * holds the event loop only while a query waits for it.
 */
export function sqliteReader(path: string): Kysely<Database> {
  let worker: Worker | null = null
  let next = 0
  const waiting = new Map<number, Waiting>()
  const failAll = (error: Error) => {
    for (const w of waiting.values()) w.reject(error)
    waiting.clear()
    worker = null
  }
  const start = () => {
    const w = new Worker(WORKER, { workerData: { path } })
    w.unref()
    w.on('message', (reply: Reply) => {
      const pending = waiting.get(reply.id)
      if (!pending) return
      waiting.delete(reply.id)
      if (waiting.size === 0) w.unref()
      if (reply.error)
        pending.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }))
      else pending.resolve(reply.rows ?? [])
    })
    w.on('error', failAll)
    w.on('messageerror', failAll)
    w.on('exit', (code) => {
      if (worker === w) failAll(new Error(`the SQLite reader stopped (exit code ${code})`))
    })
    return w
  }
  const run = (query: CompiledQuery) =>
    new Promise<unknown[]>((resolve, reject) => {
      worker ??= start()
      const id = ++next
      waiting.set(id, { resolve, reject })
      worker.ref()
      try {
        worker.postMessage({ id, sql: query.sql, parameters: query.parameters })
      } catch (error) {
        // A parameter that cannot cross threads: nothing was sent, nothing waits.
        waiting.delete(id)
        if (waiting.size === 0) worker.unref()
        reject(error as Error)
      }
    })
  const connection: DatabaseConnection = {
    executeQuery: async <R>(query: CompiledQuery): Promise<QueryResult<R>> => ({
      rows: (await run(query)) as R[],
    }),
    // eslint-disable-next-line require-yield
    streamQuery: async function* () {
      throw new Error('the SQLite reader does not stream')
    },
  }
  const refuse = async () => {
    throw new Error('the SQLite reader only reads: no transactions')
  }
  const driver: Driver = {
    init: async () => {},
    acquireConnection: async () => connection,
    beginTransaction: refuse,
    commitTransaction: refuse,
    rollbackTransaction: refuse,
    releaseConnection: async () => {},
    destroy: async () => {
      const w = worker
      worker = null
      failAll(new Error('the SQLite reader was closed'))
      await w?.terminate()
    },
  }
  const dialect: Dialect = {
    createDriver: () => driver,
    createAdapter: () => new SqliteAdapter(),
    createQueryCompiler: () => new SqliteQueryCompiler(),
    createIntrospector: (db) => new SqliteIntrospector(db),
  }
  return new Kysely<Database>({ dialect })
}
