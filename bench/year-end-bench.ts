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
import { openDatabase } from '../src/app/open-database'
import { createTempDatabase } from './temp-database'
import { generateLedger } from './generate-ledger'

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

/** The one bench ledger (generate-ledger.ts) with the ABC runs of the ends of 2024 and 2025, so the deck's tier movements have a run before to compare with. */
async function generate(url: string) {
  const database = openDatabase(url)
  try {
    await generateLedger(
      database,
      {
        reps: repCount,
        managers: 10,
        customers,
        orders,
        collections: Math.round(orders * 0.3),
        followUps: customers * 6,
        visits: 0,
        expenses: 72 * repCount,
        seed: 1,
        today: TODAY,
        commission: false,
        // PostgreSQL's autovacuum would analyse the new rows in its own time; the bench does not wait.
        // SQLite gathers its statistics when the server opens the database (PRAGMA optimize, connect.ts).
        sqliteAnalyze: false,
      },
      log,
    )
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
