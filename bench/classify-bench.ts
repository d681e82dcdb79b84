// `node bin/tsx.mjs bench/classify-bench.ts [--customers N] [--orders N] [--engine sqlite|postgres]`:
// an ABC run (`classify`, src/app/classify.ts) against the raw SQL it rests on, on the same
// database: N customers, M confirmed/cancelled orders over three years. Target (issue 4): the whole
// run — aggregate, rule, ranking and changes kept, tiers updated — within 1.5× the raw query it rests
// on: every live customer with its tier (to see what changed) and its sales over the window, the
// columns the run reads. (Names are not read by the run: `rankedCustomers` reads them when a list
// is asked for, as `abacus classify --json` does.)
import { performance } from 'node:perf_hooks'
import { classify } from '../src/app/classify'
import { loadConfig } from '../src/app/config'
import type { AppContext } from '../src/app/context'
import { openDatabase } from '../src/app/open-database'
import { addDays } from '../src/core/dates/local-date'
import { createTempDatabase } from './temp-database'
import { findActor } from '../src/app/find-actor'
import { ADMIN_EMAIL, generateLedger } from './generate-ledger'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback
}
const customers = Number(arg('customers', '100000'))
const orders = Number(arg('orders', '1000000'))
const engine = arg('engine', 'sqlite') as 'sqlite' | 'postgres'
const rounds = Number(arg('rounds', '5'))
const log = (line: string) => process.stderr.write(line + '\n')

const RAW = `select c.id, c.tier, m.value
from customers c left join (
  select customer_id, sum(total_minor) as value from orders
  where deleted_at is null and status = 'confirmed' and order_date >= $1 and order_date <= $2
  group by customer_id
) m on m.customer_id = c.id
where c.deleted_at is null`
const RAW_AGGREGATE = `select customer_id, sum(total_minor) as value from orders
  where deleted_at is null and status = 'confirmed' and order_date >= $1 and order_date <= $2
  group by customer_id`

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number

async function main() {
  const temp = await createTempDatabase({
    engine,
    postgresUrl: process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL,
  } as never)
  const config = loadConfig(process.env, { databaseUrl: temp.url })
  const database = openDatabase(temp.url)
  try {
    log(`Generating ${customers} customers and ${orders} orders (${engine})…`)
    // The one bench ledger (generate-ledger.ts), orders only: what an ABC run reads.
    const generated = await generateLedger(
      database,
      {
        reps: 10,
        managers: 1,
        customers,
        orders,
        collections: 0,
        followUps: 0,
        visits: 0,
        expenses: 0,
        seed: 1,
        today: '2026-11-27',
        abcRuns: false,
        commission: false,
      },
      log,
    )
    log(`  generated in ${(generated.ms / 1000).toFixed(1)} s`)
    const base: AppContext = {
      db: database.db,
      engine,
      now: () => new Date(),
      config,
      actor: null,
      lang: 'en',
    }
    const ctx = { ...base, actor: await findActor(base, ADMIN_EMAIL) }
    const today = generated.today

    const from = addDays(today, -364)
    const rawOnce = async (text: string) => {
      const t = performance.now()
      if (database.sqlite) database.sqlite.prepare(text.replace(/\$\d/g, '?')).all(from, today)
      else await database.pool?.query(text, [from, today])
      return performance.now() - t
    }
    const raw: number[] = []
    const aggregate: number[] = []
    const run: number[] = []
    for (let r = 0; r < rounds; r++) {
      raw.push(await rawOnce(RAW))
      aggregate.push(await rawOnce(RAW_AGGREGATE))
      const t = performance.now()
      await classify(ctx, { asOf: today })
      run.push(performance.now() - t)
      log(`  round ${r + 1}: raw ${raw[r]?.toFixed(0)} ms, classify ${run[r]?.toFixed(0)} ms`)
    }
    const ms = (x: number) => `${x.toFixed(0)} ms`
    const rawMs = median(raw)
    const runMs = median(run)
    process.stdout.write(
      [
        `| figure (${engine}, ${customers} customers, ${orders} orders, median of ${rounds}) | time |`,
        '| --- | --- |',
        `| raw SQL: the aggregate per customer | ${ms(median(aggregate))} |`,
        `| raw SQL: every live customer with its tier and aggregate | ${ms(rawMs)} |`,
        `| classify(): query, rule, ranking of ${customers} and tier changes kept, tiers updated | ${ms(runMs)} |`,
        `| classify ÷ raw (target ≤ 1.5) | ${(runMs / rawMs).toFixed(2)} ${runMs <= 1.5 * rawMs ? 'PASS' : 'FAIL'} |`,
      ].join('\n') + '\n',
    )
  } finally {
    await database.close()
    await temp.drop()
  }
}

await main()
