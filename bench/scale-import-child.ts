// Child process of the scale bench (scale-run.ts): `node bin/tsx.mjs bench/scale-import-child.ts URL CSV`
// imports the order sheet CSV into the scale database as its admin (importOrders end to end: stream,
// parse, validate, match 10,000 customers on file, write, one transaction), then the baseline: the
// rows that import wrote (orders, lines) are deleted (without foreign-key checks) and, in one
// transaction, inserted again, timed, with prepared statements row by row (SQLite) or unnest
// batches (PostgreSQL): the same rows into the same tables and indexes at the engine's speed.
// Prints one JSON line.
import { createReadStream, statSync } from 'node:fs'
import { basename } from 'node:path'
import { performance } from 'node:perf_hooks'
import { loadConfig } from '../src/app/config'
import type { AppContext } from '../src/app/context'
import { findActor } from '../src/app/find-actor'
import { importOrders } from '../src/app/import-orders'
import { openDatabase } from '../src/app/open-database'
import { insertRows } from './bulk-rows'
import { ADMIN_EMAIL } from './generate-ledger'

const [url, csv] = process.argv.slice(2) as [string, string]
const database = openDatabase(url)
try {
  const base: AppContext = {
    db: database.db,
    engine: database.engine,
    now: () => new Date(),
    config: loadConfig(process.env, { databaseUrl: url }),
    actor: null,
    lang: 'en',
  }
  const ctx = { ...base, actor: await findActor(base, ADMIN_EMAIL) }
  const started = performance.now()
  const report = await importOrders(
    ctx,
    {
      name: basename(csv),
      size: statSync(csv).size,
      chunks: () => createReadStream(csv, { highWaterMark: 1 << 20 }),
    },
    { mode: 'all-or-nothing', dryRun: false },
  )
  const importMs = performance.now() - started
  const importRssMb = Math.round(process.resourceUsage().maxRSS / 1024)
  if (!report.committed || !report.batchId)
    throw new Error(`import refused: ${JSON.stringify(report.errors.slice(0, 3))}`)
  const batch = report.batchId
  const orders = await database.db
    .selectFrom('orders')
    .selectAll()
    .where('import_batch_id', '=', batch)
    .execute()
  const lines = await database.db
    .selectFrom('order_lines')
    .selectAll()
    .where('order_id', 'in', (eb) =>
      eb.selectFrom('orders').select('id').where('import_batch_id', '=', batch),
    )
    .execute()
  let rawMs = 0
  if (database.sqlite) {
    const sqlite = database.sqlite
    const insert = (table: string, rows: readonly Record<string, unknown>[]) => {
      const columns = Object.keys(rows[0] ?? {})
      const statement = sqlite.prepare(
        `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      )
      for (const row of rows) statement.run(columns.map((c) => row[c]))
    }
    // The rows go without foreign-key checks (a check per deleted order of every table that refers
    // to orders is not what is measured); the timed inserts check them, as the import's did.
    sqlite.pragma('foreign_keys = OFF')
    sqlite.transaction(() => {
      sqlite
        .prepare(
          'delete from order_lines where order_id in (select id from orders where import_batch_id = ?)',
        )
        .run(batch)
      sqlite.prepare('delete from orders where import_batch_id = ?').run(batch)
    })()
    sqlite.pragma('foreign_keys = ON')
    sqlite.transaction(() => {
      const t = performance.now()
      insert('orders', orders)
      insert('order_lines', lines)
      rawMs = performance.now() - t
    })()
  } else {
    const client = await (database.pool as NonNullable<typeof database.pool>).connect()
    try {
      await client.query('begin')
      // As on SQLite: the deletes skip the foreign-key triggers (superuser), the timed inserts do not.
      await client.query('set local session_replication_role = replica')
      await client.query(
        'delete from order_lines where order_id in (select id from orders where import_batch_id = $1)',
        [batch],
      )
      await client.query('delete from orders where import_batch_id = $1', [batch])
      await client.query('set local session_replication_role = origin')
      const t = performance.now()
      await insertRows(database, 'orders', orders, client)
      await insertRows(database, 'order_lines', lines, client)
      rawMs = performance.now() - t
      await client.query('commit')
    } catch (error) {
      await client.query('rollback')
      throw error
    } finally {
      client.release()
    }
  }
  process.stdout.write(
    JSON.stringify({
      importMs,
      rawMs,
      lines: report.rows,
      orders: orders.length,
      orderLines: lines.length,
      customersCreated: report.customersCreated,
      importRssMb,
    }) + '\n',
  )
} finally {
  await database.close()
}
