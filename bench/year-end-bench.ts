// `node bin/tsx.mjs bench/year-end-bench.ts [--customers N] [--orders N] [--reps N] [--engine sqlite|postgres]
// [--keep] [--db URL]`:
// the company's year-end summary deck (issue 7 point 7) for a year of a book of N customers and M
// orders over three years (100 reps under 10 managers, collections, follow-ups, approved expenses,
// an ABC run at the year's end), made and written in a child process as `abacus report year-end`
// does. Targets: written in under 5 s, peak memory (the child's resident set) under 1 GB.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { performance } from 'node:perf_hooks'
import { toActingUser } from '../src/app/auth'
import { classify } from '../src/app/classify'
import { loadConfig } from '../src/app/config'
import type { AppContext } from '../src/app/context'
import { migrate } from '../src/app/migrate'
import { newId } from '../src/app/new-id'
import { openDatabase } from '../src/app/open-database'
import { createUserRecord } from '../src/app/users'
import { addDays } from '../src/core/dates/local-date'
import { EXPENSE_CATEGORIES } from '../src/core/expenses/expense-flow'
import { insertBulk } from '../src/db/insert-bulk'
import { createTempDatabase } from './temp-database'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback
}
const customers = Number(arg('customers', '100000'))
const orders = Number(arg('orders', '1000000'))
const engine = arg('engine', 'sqlite') as 'sqlite' | 'postgres'
const rounds = Number(arg('rounds', '3'))
const repCount = Number(arg('reps', '100'))
/** Keep the generated database and print where it is (SQLite), to measure again without generating. */
const keep = process.argv.includes('--keep')
/** A database generated before with --keep: measure it again, generate nothing. */
const reuse = arg('db', '')
const TARGET_MS = 5000
const TARGET_RSS_KB = 1024 * 1024
const YEAR = 2025
/** Three years of data ending on this day: 2024, 2025 and most of 2026. */
const TODAY = '2026-11-27'
const log = (line: string) => process.stderr.write(line + '\n')
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number

async function generate(url: string) {
  const database = openDatabase(url)
  try {
    await migrate(database)
    const base: AppContext = {
      db: database.db,
      engine,
      now: () => new Date(`${TODAY}T02:00:00Z`),
      config: loadConfig(process.env, { databaseUrl: url }),
      actor: null,
      lang: 'en',
    }
    const user = async (key: string, role: 'admin' | 'manager' | 'rep', managerId: string | null = null) =>
      toActingUser(
        await createUserRecord(base, {
          email: `${key}@bench.tw`,
          name: key,
          role,
          managerId,
          password: 'bench password',
          lang: null,
        }),
      )
    const admin = await user('admin', 'admin')
    const managers: Awaited<ReturnType<typeof user>>[] = []
    for (let i = 1; i <= 10; i++) managers.push(await user(`manager${i}`, 'manager'))
    const reps: Awaited<ReturnType<typeof user>>[] = []
    for (let i = 1; i <= repCount; i++) reps.push(await user(`rep${i}`, 'rep', managers[i % 10]?.id ?? null))
    const repOf = (customer: number) => reps[customer % reps.length]?.id as string
    const now = new Date().toISOString()
    const ids = Array.from({ length: customers }, () => newId())
    const stamp = { version: 1, created_at: now, updated_at: now, deleted_at: null }
    const batch = 50_000
    await database.db.transaction().execute(async (trx) => {
      await insertBulk(
        trx,
        'customers',
        ids.map((id, i) => ({
          id,
          external_id: null,
          name: `客戶 ${i}`,
          company_name: null,
          tax_id: null,
          address: null,
          phone: null,
          website: null,
          industry: null,
          region: null,
          source: null,
          owner_id: i % 50 === 0 ? null : repOf(i),
          status: i % 17 === 0 ? 'lost' : 'active',
          lost_reason: i % 17 === 0 ? ['改用競品', '公司歇業', null][i % 3] : null,
          lost_date: null,
          tier: 'C',
          tags: '[]',
          interests: '[]',
          preferred_time: null,
          meeting_style: null,
          preferred_weekdays: '[]',
          preferred_hours_from: null,
          preferred_hours_to: null,
          notes: null,
          search_text: `customer ${i}`,
          assigned_at: null,
          ...stamp,
          deleted_by: null,
        })),
      )
      for (let start = 0; start < orders; start += batch) {
        const rows = []
        for (let i = start; i < Math.min(orders, start + batch); i++) {
          const customer = Math.floor(customers * Math.pow(((i * 7919) % orders) / orders, 2))
          rows.push({
            id: newId(),
            external_id: null,
            number: `SO-${i}`,
            customer_id: ids[customer] as string,
            owner_id: repOf(customer),
            order_date: addDays(TODAY, -((i * 104729) % 1095)),
            status: i % 20 === 0 ? 'cancelled' : 'confirmed',
            total_minor: 1_000 + ((i * 31337) % 500_000),
            note: null,
            import_batch_id: null,
            ...stamp,
          })
        }
        await insertBulk(trx, 'orders', rows)
      }
      const collectionCount = Math.round(orders * 0.3)
      for (let start = 0; start < collectionCount; start += batch) {
        const rows = []
        for (let i = start; i < Math.min(collectionCount, start + batch); i++) {
          const customer = Math.floor(
            customers * Math.pow(((i * 6151) % collectionCount) / collectionCount, 2),
          )
          rows.push({
            id: newId(),
            external_id: null,
            customer_id: ids[customer] as string,
            order_id: null,
            owner_id: repOf(customer),
            collected_on: addDays(TODAY, -((i * 7561) % 1095)),
            amount_minor: 1_000 + ((i * 27449) % 800_000),
            method: 'transfer',
            note: null,
            import_batch_id: null,
            ...stamp,
          })
        }
        await insertBulk(trx, 'collections', rows)
      }
      const followUpCount = customers * 6
      for (let start = 0; start < followUpCount; start += batch) {
        const rows = []
        for (let i = start; i < Math.min(followUpCount, start + batch); i++) {
          const customer = (i * 7919) % customers
          const on = addDays(TODAY, -((i * 3571) % 1095))
          rows.push({
            id: newId(),
            external_id: null,
            customer_id: ids[customer] as string,
            rep_id: repOf(customer),
            happened_at: `${on}T02:00:00.000Z`,
            happened_on: on,
            channel: 'phone',
            duration_minutes: 10,
            summary: 'bench',
            outcome: null,
            next_step: null,
            next_date: null,
            import_batch_id: null,
            ...stamp,
          })
        }
        await insertBulk(trx, 'follow_ups', rows)
      }
      await insertBulk(
        trx,
        'expenses',
        reps.flatMap((rep, r) =>
          Array.from({ length: 72 }, (_, m) => ({
            id: newId(),
            external_id: null,
            rep_id: rep.id,
            customer_id: null,
            expense_date: addDays(TODAY, -((m * 15 + r) % 1095)),
            category: EXPENSE_CATEGORIES[(m + r) % EXPENSE_CATEGORIES.length] as string,
            amount_minor: 500 + ((m * 7 + r * 13) % 20_000),
            note: null,
            status: 'approved',
            submitted_at: now,
            manager_approved_by: null,
            decided_by: admin.id,
            decided_at: now,
            reject_reason: null,
            import_batch_id: null,
            ...stamp,
          })),
        ),
      )
    })
    // Two ABC runs, so the deck's tier movements have a run before to compare with.
    await classify({ ...base, actor: admin }, { asOf: `${YEAR - 1}-12-31` })
    await classify({ ...base, actor: admin }, { asOf: `${YEAR}-12-31` })
    // Statistics for the query planner, as a database holding a million orders should have (SQLite
    // runs no ANALYZE by itself): without them SQLite reads a year's orders through orders_date and a
    // row lookup each, not the covering orders_customer_sales of migration 0015 — about 6.5 s here.
    if (engine === 'postgres') await database.pool?.query('ANALYZE')
    else database.sqlite?.exec('ANALYZE')
  } finally {
    await database.close()
  }
}

type ChildResult = {
  totalMs: number
  assembleMs: number
  renderMs: number
  maxRssKb: number
  bytes: number
  slides: number
  teamRows: number
  abc: string | null
}

async function deckInChild(url: string, out: string): Promise<ChildResult & { wallMs: number }> {
  const started = performance.now()
  const child = spawn(
    process.execPath,
    [
      fileURLToPath(new URL('../bin/tsx.mjs', import.meta.url)),
      fileURLToPath(new URL('./year-end-child.ts', import.meta.url)),
      url,
      String(YEAR),
      out,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], env: process.env },
  )
  let stdout = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  if (code !== 0) throw new Error(`year-end-child exited with ${code}`)
  return { ...(JSON.parse(stdout) as ChildResult), wallMs: performance.now() - started }
}

async function main() {
  const temp = reuse
    ? { url: reuse, describe: reuse, drop: async () => {} }
    : await createTempDatabase({
        engine,
        postgresUrl: process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL,
      } as never)
  const dir = mkdtempSync(join(tmpdir(), 'abacus-deck-'))
  try {
    if (!reuse) {
      log(`Generating ${customers} customers and ${orders} orders for ${repCount} reps (${engine})…`)
      const started = performance.now()
      await generate(temp.url)
      log(`  generated in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    }
    const runs: (ChildResult & { wallMs: number })[] = []
    for (let r = 0; r < rounds; r++) runs.push(await deckInChild(temp.url, join(dir, `deck-${r}.pptx`)))
    const total = median(runs.map((r) => r.totalMs))
    const rss = Math.max(...runs.map((r) => r.maxRssKb))
    const last = runs[runs.length - 1] as ChildResult & { wallMs: number }
    const ms = (x: number) => `${x.toFixed(0)} ms`
    process.stdout.write(
      [
        `| figure (${engine}, ${customers} customers, ${orders} orders, the company deck of ${YEAR}, median of ${rounds}) | value |`,
        '| --- | --- |',
        `| assemble: yearEndDeck() — monthly, comparison, gain/loss and bridge, top customers, ABC run of ${last.abc}, expenses, team table of ${last.teamRows} people, discipline, problems | ${ms(median(runs.map((r) => r.assembleMs)))} |`,
        `| render: ${last.slides} slides with native charts, ${(last.bytes / 1024).toFixed(0)} kB .pptx, written | ${ms(median(runs.map((r) => r.renderMs)))} |`,
        `| deck written (target < ${TARGET_MS} ms) | ${ms(total)} ${total < TARGET_MS ? 'PASS' : 'FAIL'} |`,
        `| the whole child process, Node start included | ${ms(median(runs.map((r) => r.wallMs)))} |`,
        `| peak memory (resident set of the child, target < 1 GB) | ${(rss / 1024).toFixed(0)} MB ${rss < TARGET_RSS_KB ? 'PASS' : 'FAIL'} |`,
      ].join('\n') + '\n',
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
    if (keep) log(`Kept ${temp.describe}: measure again with --db ${temp.url}`)
    else await temp.drop()
  }
}

await main()
