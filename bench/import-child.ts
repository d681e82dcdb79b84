// Child process of the import benchmark, so each measurement has its own heap and peak RSS:
//   import URL CSV   — migrate, load the demo users, import the sheet as the admin (end to end)
//   raw SRC DST      — read the rows the import wrote in SRC, insert them into the empty DST with
//                      prepared statements row by row, in one transaction (the baseline)
// Prints one JSON line: { ms, lines, orders, customers, peakRssMb }.
import { statSync, createReadStream } from 'node:fs'
import { basename } from 'node:path'
import { loadConfig } from '../src/app/config'
import type { AppContext } from '../src/app/context'
import { loadDemo } from '../src/app/demo'
import { importOrders } from '../src/app/import-orders'
import { migrate } from '../src/app/migrate'
import { openDatabase } from '../src/app/open-database'

const [mode, first, second] = process.argv.slice(2)
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024)

async function prepared(url: string) {
  const database = openDatabase(url)
  await migrate(database)
  const ctx: AppContext = {
    db: database.db,
    engine: database.engine,
    now: () => new Date(),
    config: loadConfig(process.env, { databaseUrl: url }),
    actor: null,
    lang: 'en',
  }
  await loadDemo(ctx, { scale: 'small', seed: 1, customers: 0, ledger: false })
  const admin = await database.db
    .selectFrom('users')
    .select(['id', 'email', 'name'])
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow()
  const actor = { ...admin, role: 'admin' as const, managerId: null, lang: null }
  return { database, ctx: { ...ctx, actor } }
}

if (mode === 'import' && first && second) {
  const { database, ctx } = await prepared(first)
  const started = performance.now()
  const report = await importOrders(
    ctx,
    {
      name: basename(second),
      size: statSync(second).size,
      chunks: () => createReadStream(second, { highWaterMark: 1 << 20 }),
    },
    { mode: 'all-or-nothing', dryRun: false },
  )
  const ms = performance.now() - started
  if (!report.committed) throw new Error(`import refused: ${JSON.stringify(report.errors.slice(0, 3))}`)
  await database.close()
  process.stdout.write(
    JSON.stringify({
      ms,
      lines: report.rows,
      orders: report.created,
      customers: report.customersCreated,
      peakRssMb: peakRssMb(),
    }) + '\n',
  )
} else if (mode === 'raw' && first && second) {
  const source = openDatabase(first)
  const read = (table: string) => source.sqlite?.prepare(`select * from ${table}`).raw().all() as unknown[][]
  const tables = ['users', 'customers', 'orders', 'order_lines'].map((table) => {
    const columns =
      source.sqlite
        ?.prepare(`select * from ${table} limit 1`)
        .columns()
        .map((c) => c.name) ?? []
    return { table, columns, rows: read(table) }
  })
  await source.close()
  const database = openDatabase(second)
  await migrate(database)
  const sqlite = database.sqlite
  if (!sqlite) throw new Error('the raw baseline runs on SQLite')
  const started = performance.now()
  sqlite.transaction(() => {
    for (const { table, columns, rows } of tables) {
      const insert = sqlite.prepare(
        `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      )
      for (const row of rows) insert.run(row)
    }
  })()
  const ms = performance.now() - started
  await database.close()
  const count = (table: string) => tables.find((t) => t.table === table)?.rows.length ?? 0
  process.stdout.write(
    JSON.stringify({
      ms,
      lines: count('order_lines'),
      orders: count('orders'),
      customers: count('customers'),
      peakRssMb: peakRssMb(),
    }) + '\n',
  )
} else throw new Error('usage: import-child.ts import URL CSV | raw SRC_URL DST_URL')
