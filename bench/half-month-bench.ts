// `node bin/tsx.mjs bench/half-month-bench.ts [--customers N] [--orders N] [--reps N] [--engine sqlite|postgres]`:
// the half-monthly data report (issue 7 point 7, the workbook half) for 100 reps on a database of
// N customers and M orders, collections and approved expenses over three years: the figures
// (`halfMonthModel`, the grouped reads shared with the team table), the workbook drawn from them
// (`halfMonthWorkbook`), and the whole of what an admin's click does — keep a new version
// (figures + insert, one transaction), read it back and draw its .xlsx. Target: under 2 s.
import { performance } from 'node:perf_hooks'
import { toActingUser } from '../src/app/auth'
import { loadConfig } from '../src/app/config'
import type { AppContext } from '../src/app/context'
import { generateHalfMonthReport, halfMonthModel } from '../src/app/half-month-reports'
import { migrate } from '../src/app/migrate'
import { newId } from '../src/app/new-id'
import { openDatabase } from '../src/app/open-database'
import { createUserRecord } from '../src/app/users'
import { addDays } from '../src/core/dates/local-date'
import { halfMonthTotal } from '../src/core/half-month/half-month-model'
import { insertBulk } from '../src/db/insert-bulk'
import { halfMonthWorkbook } from '../src/reports/half-month-workbook'
import { createTempDatabase } from './temp-database'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback
}
const customers = Number(arg('customers', '100000'))
const orders = Number(arg('orders', '1000000'))
const engine = arg('engine', 'sqlite') as 'sqlite' | 'postgres'
const rounds = Number(arg('rounds', '5'))
const repCount = Number(arg('reps', '100'))
const collectionCount = Math.round(orders * 0.3)
/** Issue 7 point 7: the half-month workbook for 100 reps in under 2 s. */
const TARGET_MS = 2000
const TODAY = '2026-11-27'
/** The half-month that closed last on TODAY. */
const PERIOD = '2026-11-1'
const log = (line: string) => process.stderr.write(line + '\n')
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
      now: () => new Date(`${TODAY}T02:00:00Z`),
      config,
      actor: null,
      lang: 'zh-Hant',
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
    for (let i = 1; i <= repCount; i++)
      reps.push(await user(`業務員${i}`, 'rep', managers[i % managers.length]?.id ?? null))
    const ctx = { ...base, actor: admin }
    const now = new Date().toISOString()
    log(
      `Generating ${customers} customers, ${orders} orders and ${collectionCount} collections for ${repCount} reps (${engine})…`,
    )
    const started = performance.now()
    const ids = Array.from({ length: customers }, () => newId())
    const repOf = (customer: number) => reps[customer % reps.length]?.id as string
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
          owner_id: repOf(i),
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
            version: 1,
            created_at: now,
            updated_at: now,
            deleted_at: null,
          })
        }
        await insertBulk(trx, 'orders', rows)
      }
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
            version: 1,
            created_at: now,
            updated_at: now,
            deleted_at: null,
          })
        }
        await insertBulk(trx, 'collections', rows)
      }
      const expenses = []
      for (const [r, rep] of reps.entries())
        for (let m = 0; m < 72; m++)
          expenses.push({
            id: newId(),
            external_id: null,
            rep_id: rep.id,
            customer_id: null,
            expense_date: addDays(TODAY, -((m * 15 + r) % 1095)),
            category: 'travel',
            amount_minor: 500 + ((m * 7 + r * 13) % 20_000),
            note: null,
            status: 'approved',
            submitted_at: now,
            manager_approved_by: null,
            decided_by: admin.id,
            decided_at: now,
            reject_reason: null,
            import_batch_id: null,
            version: 1,
            created_at: now,
            updated_at: now,
            deleted_at: null,
          })
      await insertBulk(trx, 'expenses', expenses)
    })
    if (engine === 'postgres') await database.pool?.query('ANALYZE')
    log(`  generated in ${((performance.now() - started) / 1000).toFixed(1)} s`)

    const figures: number[] = []
    const drawing: number[] = []
    const click: number[] = []
    let bytes = 0
    let people = 0
    for (let r = 0; r < rounds; r++) {
      let t = performance.now()
      const model = await halfMonthModel(ctx, PERIOD)
      figures.push(performance.now() - t)
      const sheet = {
        ...model,
        kept: false,
        version: null,
        generatedAt: now,
        generatedBy: null,
        restricted: false,
      }
      t = performance.now()
      await halfMonthWorkbook(sheet, { lang: 'zh-Hant', timeZone: config.timeZone })
      drawing.push(performance.now() - t)
      // What "New version" and "Download Excel" do, back to back.
      t = performance.now()
      const kept = await generateHalfMonthReport(ctx, PERIOD)
      const xlsx = await halfMonthWorkbook(kept, { lang: 'zh-Hant', timeZone: config.timeZone })
      click.push(performance.now() - t)
      bytes = xlsx.length
      people = kept.rows.length
      const total = halfMonthTotal(kept.rows)
      if (total.sales !== kept.total.sales || total.receivable !== kept.total.receivable)
        throw new Error('the totals do not add up')
    }
    const ms = (x: number) => `${x.toFixed(0)} ms`
    const whole = median(click)
    process.stdout.write(
      [
        `| figure (${engine}, ${customers} customers, ${orders} orders, ${collectionCount} collections, half-month ${PERIOD}, median of ${rounds}) | time |`,
        '| --- | --- |',
        `| halfMonthModel(): ${people} people (${repCount} reps, ${managers.length} managers), every figure and the total | ${ms(median(figures))} |`,
        `| halfMonthWorkbook(): the .xlsx of those rows (${(bytes / 1024).toFixed(0)} kB) | ${ms(median(drawing))} |`,
        `| generate a kept version + read it + draw its workbook | ${ms(whole)} |`,
        `| half-month workbook (target < ${TARGET_MS} ms) | ${whole < TARGET_MS ? 'PASS' : 'FAIL'} |`,
      ].join('\n') + '\n',
    )
  } finally {
    await database.close()
    await temp.drop()
  }
}

await main()
