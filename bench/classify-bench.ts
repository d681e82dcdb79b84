// `node bin/tsx.mjs bench/classify-bench.ts [--customers N] [--orders N] [--engine sqlite|postgres]`:
// an ABC run (`classify`, src/app/classify.ts) against the raw SQL it rests on, on the same
// database: N customers, M confirmed/cancelled orders over three years. Target (issue 4): the whole
// run — aggregate, rule, results kept, tiers updated — within 1.5× the raw aggregate query.
import { performance } from 'node:perf_hooks'
import { classify } from '../src/app/classify'
import { loadConfig } from '../src/app/config'
import type { AppContext } from '../src/app/context'
import { migrate } from '../src/app/migrate'
import { newId } from '../src/app/new-id'
import { openDatabase } from '../src/app/open-database'
import { createUserRecord } from '../src/app/users'
import { toActingUser } from '../src/app/auth'
import { addDays } from '../src/core/dates/local-date'
import { insertBulk } from '../src/db/insert-bulk'
import { createTempDatabase } from './temp-database'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback
}
const customers = Number(arg('customers', '100000'))
const orders = Number(arg('orders', '1000000'))
const engine = arg('engine', 'sqlite') as 'sqlite' | 'postgres'
const rounds = Number(arg('rounds', '5'))
const log = (line: string) => process.stderr.write(line + '\n')

const RAW = `select c.id, c.external_id, c.name, c.tier, c.tier_override, c.tier_override_until, m.value
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
    await migrate(database)
    const base: AppContext = {
      db: database.db,
      engine,
      now: () => new Date(),
      config,
      actor: null,
      lang: 'en',
    }
    const admin = toActingUser(
      await createUserRecord(base, {
        email: 'admin@bench.tw',
        name: 'Admin',
        role: 'admin',
        managerId: null,
        password: 'bench password',
        lang: null,
      }),
    )
    const ctx = { ...base, actor: admin }
    const now = new Date().toISOString()
    const today = '2026-11-27'
    log(`Generating ${customers} customers and ${orders} orders (${engine})…`)
    const started = performance.now()
    const ids = Array.from({ length: customers }, () => newId())
    await database.db.transaction().execute(async (trx) => {
      await insertBulk(
        trx,
        'customers',
        ids.map((id, i) => ({
          id,
          external_id: null,
          name: `Customer ${i}`,
          company_name: null,
          tax_id: null,
          address: null,
          phone: null,
          website: null,
          industry: null,
          region: null,
          source: null,
          owner_id: admin.id,
          status: 'active',
          lost_reason: null,
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
          version: 1,
          created_at: now,
          updated_at: now,
          deleted_at: null,
          deleted_by: null,
        })),
      )
      const batch = 50_000
      for (let start = 0; start < orders; start += batch) {
        const rows = []
        for (let i = start; i < Math.min(orders, start + batch); i++) {
          // A skewed share of the orders per customer, so the curve looks like a real Pareto.
          const customer = Math.floor(customers * Math.pow(((i * 7919) % orders) / orders, 2))
          rows.push({
            id: newId(),
            external_id: null,
            number: `SO-${i}`,
            customer_id: ids[customer] as string,
            owner_id: admin.id,
            order_date: addDays(today, -((i * 104729) % 1095)),
            status: i % 20 === 0 ? 'cancelled' : 'confirmed',
            total_minor: 1_000 + ((i * 31337) % 500_000),
            note: null,
            import_batch_id: null,
            version: 1,
            created_at: now,
            updated_at: now,
            deleted_at: null,
          })
        }
        await insertBulk(trx, 'orders', rows)
      }
    })
    if (engine === 'postgres') await database.pool?.query('ANALYZE')
    log(`  generated in ${((performance.now() - started) / 1000).toFixed(1)} s`)

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
    }
    const ms = (x: number) => `${x.toFixed(0)} ms`
    const rawMs = median(raw)
    const runMs = median(run)
    process.stdout.write(
      [
        `| figure (${engine}, ${customers} customers, ${orders} orders, median of ${rounds}) | time |`,
        '| --- | --- |',
        `| raw SQL: the aggregate per customer | ${ms(median(aggregate))} |`,
        `| raw SQL: every live customer with its aggregate | ${ms(rawMs)} |`,
        `| classify(): query, rule, ${customers} results kept, tiers updated | ${ms(runMs)} |`,
        `| classify ÷ raw (target ≤ 1.5) | ${(runMs / rawMs).toFixed(2)} ${runMs <= 1.5 * rawMs ? 'PASS' : 'FAIL'} |`,
      ].join('\n') + '\n',
    )
  } finally {
    await database.close()
    await temp.drop()
  }
}

await main()
