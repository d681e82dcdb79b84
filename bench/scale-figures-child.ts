// Child process of the scale bench (scale-run.ts): `node bin/tsx.mjs bench/scale-figures-child.ts
// URL TODAY YEAR ROUNDS` times, on the scale database, each computed figure of issue 8 beside the
// raw SQL it rests on, alternately, ROUNDS times (median): the ABC run, the customer gain/loss with
// its bridge, the team table, commission for every rep over the year, the half-monthly workbook.
// Prints one JSON line: per figure its median wall and CPU time, its raw SQL's, and a fact that
// checks it computed what it claims; and the peak resident set of this process.
import { performance } from 'node:perf_hooks'
import { classify } from '../src/app/classify'
import { computeCommission } from '../src/app/commission'
import { loadConfig } from '../src/app/config'
import type { AppContext } from '../src/app/context'
import { customerAnalysis } from '../src/app/customer-analysis'
import { findActor } from '../src/app/find-actor'
import { generateHalfMonthReport } from '../src/app/half-month-reports'
import { openDatabase } from '../src/app/open-database'
import { teamTable } from '../src/app/team-table'
import { addDays } from '../src/core/dates/local-date'
import { halfMonthWorkbook } from '../src/reports/half-month-workbook'
import { ADMIN_EMAIL } from './generate-ledger'

const [url, today, yearText, roundsText] = process.argv.slice(2) as [string, string, string, string]
const year = Number(yearText)
const rounds = Number(roundsText ?? 3)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number

/** The half-month that closed last on `day`: `YYYY-MM-1` after the 15th, else the month before's second. */
function lastClosedHalfMonth(day: string): string {
  if (Number(day.slice(8, 10)) > 15) return `${day.slice(0, 7)}-1`
  const before = addDays(`${day.slice(0, 7)}-01`, -1)
  return `${before.slice(0, 7)}-2`
}
const halfMonth = lastClosedHalfMonth(today)
const halfMonthEnd = halfMonth.endsWith('-1')
  ? `${halfMonth.slice(0, 7)}-15`
  : addDays(`${addDays(`${halfMonth.slice(0, 7)}-28`, 7).slice(0, 7)}-01`, -1)

const Y = { from: `${year}-01-01`, to: `${year}-12-31` }
const PREVIOUS = { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` }

/** The raw SQL of each figure: what the engine must do at least, read into JS rows by the driver. */
const RAW = {
  classify: {
    text: `select c.id, c.tier, m.value
from customers c left join (
  select customer_id, sum(total_minor) as value from orders
  where deleted_at is null and status = 'confirmed' and order_date >= $1 and order_date <= $2
  group by customer_id
) m on m.customer_id = c.id
where c.deleted_at is null`,
    params: [addDays(today, -364), today],
  },
  gainLoss: {
    text: `select customer_id,
  sum(case when order_date >= $1 then total_minor else 0 end) as sales,
  sum(case when order_date <= $2 then total_minor else 0 end) as previous_sales
from orders
where deleted_at is null and status = 'confirmed' and order_date >= $3 and order_date <= $4
group by customer_id`,
    params: [Y.from, PREVIOUS.to, PREVIOUS.from, Y.to],
  },
  /** Each rep's sales and collections of the year. */
  team: [
    {
      text: `select owner_id, sum(total_minor) as sales from orders
where deleted_at is null and status = 'confirmed' and order_date >= $1 and order_date <= $2 group by owner_id`,
      params: [Y.from, Y.to],
    },
    {
      text: `select owner_id, sum(amount_minor) as collected from collections
where deleted_at is null and collected_on >= $1 and collected_on <= $2 group by owner_id`,
      params: [Y.from, Y.to],
    },
  ],
  /** What commission is computed on: each rep's collections of the year. */
  commission: {
    text: `select owner_id, sum(amount_minor) as collected from collections
where deleted_at is null and collected_on >= $1 and collected_on <= $2 group by owner_id`,
    params: [Y.from, Y.to],
  },
  /** Each rep's receivable at the half-month's end: everything sold and collected up to it. */
  halfMonth: [
    {
      text: `select owner_id, sum(total_minor) as sold from orders
where deleted_at is null and status = 'confirmed' and order_date <= $1 group by owner_id`,
      params: [halfMonthEnd],
    },
    {
      text: `select owner_id, sum(amount_minor) as collected from collections
where deleted_at is null and collected_on <= $1 group by owner_id`,
      params: [halfMonthEnd],
    },
  ],
}
type Raw = { text: string; params: string[] }

const database = openDatabase(url)
try {
  const base: AppContext = {
    db: database.db,
    engine: database.engine,
    now: () => new Date(`${today}T02:00:00Z`),
    config: loadConfig(process.env, { databaseUrl: url }),
    actor: null,
    lang: 'zh-Hant',
  }
  const ctx = { ...base, actor: await findActor(base, ADMIN_EMAIL) }
  const raw = async (queries: Raw | readonly Raw[]) => {
    const t = performance.now()
    for (const q of Array.isArray(queries) ? queries : [queries as Raw]) {
      if (database.sqlite) database.sqlite.prepare(q.text.replace(/\$\d/g, '?')).all(...q.params)
      else await database.pool?.query(q.text, q.params)
    }
    return performance.now() - t
  }
  const figure = async (baseline: Raw | readonly Raw[], work: () => Promise<string>) => {
    const wall: number[] = []
    const cpu: number[] = []
    const rawMs: number[] = []
    let fact = ''
    for (let r = 0; r < rounds; r++) {
      rawMs.push(await raw(baseline))
      const t = performance.now()
      const c = process.cpuUsage()
      fact = await work()
      wall.push(performance.now() - t)
      const used = process.cpuUsage(c)
      cpu.push((used.user + used.system) / 1000)
    }
    return { ms: median(wall), cpuMs: median(cpu), rawMs: median(rawMs), fact }
  }

  const results = {
    classify: await figure(RAW.classify, async () => {
      const outcome = await classify(ctx, { asOf: today })
      const { A, B, C } = outcome.run.counts
      return `${A + B + C} customers classified`
    }),
    gainLoss: await figure(RAW.gainLoss, async () => {
      const a = await customerAnalysis(ctx, { ...Y, prevFrom: PREVIOUS.from, prevTo: PREVIOUS.to })
      const b = a.bridge
      if (b.previous + b.new + b.reactivated + b.expansion - b.contraction - b.lost !== b.current)
        throw new Error('the bridge does not add up')
      return `new ${a.new.count}, retained ${a.retained.count}, reactivated ${a.reactivated.count}, lost ${a.lost.count}`
    }),
    teamTable: await figure(RAW.team, async () => {
      const table = await teamTable(ctx, Y)
      return `${table.reps.length} people`
    }),
    commission: await figure(RAW.commission, async () => {
      const result = await computeCommission(ctx, Y)
      return `${result.reps.length} statements`
    }),
    halfMonth: await figure(RAW.halfMonth, async () => {
      // What "New version" then "Download Excel" do: figures, kept, read back, the .xlsx drawn.
      const kept = await generateHalfMonthReport(ctx, halfMonth)
      const xlsx = await halfMonthWorkbook(kept, { lang: 'zh-Hant', timeZone: base.config.timeZone })
      return `${kept.rows.length} people, half-month ${halfMonth}, ${Math.round(xlsx.length / 1024)} kB`
    }),
  }
  process.stdout.write(
    JSON.stringify({ ...results, peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n',
  )
} finally {
  await database.close()
}
