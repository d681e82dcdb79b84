import { createHash } from 'node:crypto'
import type { OpenDatabase } from '../src/app/open-database'
import type { CapturedQuery } from './capture-sql'
import type { Measured } from './measure-http'
import { createSamples } from './percentiles'
import { ownCpuSeconds } from './process-cpu'

type SqlValue = string | number | bigint | Buffer | null

/** One execution of the prepared statement, returning the rows it read. */
type Execute = () => Promise<number> | number

async function prepare(
  database: OpenDatabase,
  query: CapturedQuery,
): Promise<{ execute: Execute; done: () => void }> {
  const parameters = query.parameters as SqlValue[]
  if (database.sqlite) {
    const statement = database.sqlite.prepare(query.sql)
    return { execute: () => statement.all(...parameters).length, done: () => {} }
  }
  const pool = database.pool as NonNullable<OpenDatabase['pool']>
  const client = await pool.connect()
  // A named statement is prepared once per connection; the name must be unique to its text.
  const name = `bench_${createHash('sha1').update(query.sql).digest('hex').slice(0, 16)}`
  const named = { name, text: query.sql, values: parameters }
  return { execute: async () => (await client.query(named)).rowCount ?? 0, done: () => client.release() }
}

/**
 * The raw SQL baseline: `query` as a prepared statement on the driver beneath the app
 * (better-sqlite3, or one pg connection), executed back to back for `seconds` after a warm-up.
 * Latency is one execution, rows read included; no HTTP, no JSON, no mapping.
 */
export async function measureSql(
  database: OpenDatabase,
  query: CapturedQuery,
  load: { seconds: number; warmupSeconds: number; expectRows: number },
): Promise<Measured> {
  const { execute, done } = await prepare(database, query)
  try {
    const rows = await execute()
    if (rows !== load.expectRows) throw new Error(`raw SQL read ${rows} rows, expected ${load.expectRows}`)
    const warmupEnd = performance.now() + load.warmupSeconds * 1000
    while (performance.now() < warmupEnd) {
      const pending = execute()
      if (typeof pending !== 'number') await pending
    }
    const samples = createSamples()
    const cpuBefore = ownCpuSeconds()
    const started = performance.now()
    const end = started + load.seconds * 1000
    let now = started
    while (now < end) {
      const before = now
      const pending = execute()
      if (typeof pending !== 'number') await pending
      now = performance.now()
      samples.add(now - before)
    }
    const cpu = ownCpuSeconds() - cpuBefore
    const { count, p50, p99, mean, max } = samples.summary()
    return {
      perSecond: count / ((now - started) / 1000),
      p50Ms: p50,
      p99Ms: p99,
      count,
      cpuUsPerOp: count > 0 ? (cpu * 1e6) / count : null,
      failures: 0,
      detail: { meanMs: mean, maxMs: max, rows: load.expectRows },
    }
  } finally {
    done()
  }
}
