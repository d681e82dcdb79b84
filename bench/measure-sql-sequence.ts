import { createHash } from 'node:crypto'
import type { OpenDatabase } from '../src/app/open-database'
import type { CapturedQuery } from './capture-sql'
import type { Measured } from './measure-http'
import { createSamples } from './percentiles'
import { ownCpuSeconds } from './process-cpu'

type SqlValue = string | number | bigint | Buffer | null

/** The statements, prepared once on the driver beneath the app: one call runs them all in order. */
async function prepareAll(database: OpenDatabase, queries: readonly CapturedQuery[]) {
  if (database.sqlite) {
    const sqlite = database.sqlite
    const steps = queries.map((q) => {
      const statement = sqlite.prepare(q.sql)
      const parameters = q.parameters as SqlValue[]
      return statement.reader
        ? () => statement.all(...parameters).length
        : () => statement.run(...parameters).changes
    })
    return {
      execute: () => steps.reduce((rows, step) => rows + step(), 0),
      done: () => {},
    }
  }
  const client = await (database.pool as NonNullable<OpenDatabase['pool']>).connect()
  const named = queries.map((q) => ({
    // A named statement is prepared once per connection; the name must be unique to its text.
    name: `bench_${createHash('sha1').update(q.sql).digest('hex').slice(0, 16)}`,
    text: q.sql,
    values: q.parameters as SqlValue[],
  }))
  return {
    execute: async () => {
      let rows = 0
      for (const statement of named) rows += (await client.query(statement)).rowCount ?? 0
      return rows
    },
    done: () => client.release(),
  }
}

/**
 * The raw SQL baseline of an endpoint: the statements its use case issued (capture-sql.ts), as
 * prepared statements on the same driver (better-sqlite3, or one pg connection with named
 * statements), run in order back to back for `seconds` after a warm-up. One op = all of them.
 */
export async function measureSqlSequence(
  database: OpenDatabase,
  queries: readonly CapturedQuery[],
  load: { seconds: number; warmupSeconds: number },
): Promise<Measured> {
  const { execute, done } = await prepareAll(database, queries)
  try {
    const warmupEnd = performance.now() + load.warmupSeconds * 1000
    while (performance.now() < warmupEnd) await execute()
    const samples = createSamples()
    const cpuBefore = ownCpuSeconds()
    const started = performance.now()
    const end = started + load.seconds * 1000
    let now = started
    let rows = 0
    while (now < end) {
      const before = now
      rows = await execute()
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
      detail: { meanMs: mean, maxMs: max, rows, statements: queries.length },
    }
  } finally {
    done()
  }
}
