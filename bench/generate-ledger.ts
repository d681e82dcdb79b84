// The one generator of bench data (issue 8): an organisation of reps in teams under managers, plus
// an admin, a finance clerk and an auditor, and a sales ledger over three years — customers with
// contacts, orders with lines, collections, follow-ups (with each customer's cadence state), visits,
// expenses — a commission plan for every rep, and the ABC runs of the last two year ends.
// Reproducible: the same seed and `today` give the same rows (ids excepted: UUIDv7, time-ordered,
// as the product makes them). Every bench suite that needs a ledger generates it here.
import { spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { sql } from 'kysely'
import { classify } from '../src/app/classify'
import { createAssignment } from '../src/app/commission-assignments'
import { createPlan } from '../src/app/commission-plans'
import { loadConfig } from '../src/app/config'
import type { AppContext } from '../src/app/context'
import { findActor } from '../src/app/find-actor'
import { migrate } from '../src/app/migrate'
import { newId } from '../src/app/new-id'
import type { OpenDatabase } from '../src/app/open-database'
import { hashPassword } from '../src/app/secrets'
import { PlanInputSchema } from '../src/contracts/commission'
import { addDays } from '../src/core/dates/local-date'
import { EXPENSE_CATEGORIES } from '../src/core/expenses/expense-flow'
import { insertRows } from './bulk-rows'
import type { LedgerSize } from './scale'

/** Every generated user signs in with this password. */
export const BENCH_PASSWORD = 'bench password'
export const benchEmail = (key: string) => `${key}@bench.tw`
export const ADMIN_EMAIL = benchEmail('admin')

export type LedgerSpec = LedgerSize & {
  seed: number
  /** The last day of the three years of data ('YYYY-MM-DD'); visits are planned up to 30 days after. */
  today: string
  /** The ABC runs at the ends of the two years before `today`'s (the year-end deck compares them). */
  abcRuns?: boolean
  /** A commission plan for every rep over the year before `today`'s. */
  commission?: boolean
  /**
   * ANALYZE on SQLite at the end (default). False leaves the statistics to the product itself
   * (PRAGMA optimize when it opens the database); PostgreSQL is always analysed, as autovacuum would.
   */
  sqliteAnalyze?: boolean
}

export type GeneratedLedger = {
  rows: Record<string, number>
  /** Milliseconds of each phase: users, customers, orders, …, abc, analyze. */
  phases: Record<string, number>
  ms: number
  today: string
  /** The year before `today`'s: the last whole year (commission, team table, year-end deck). */
  year: number
}

/** mulberry32: a small, fast, seedable generator; one stream per table so passes can be replayed. */
function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, int: (n: number) => Math.floor(next() * n) }
}
const stream = (seed: number, table: number) => random(seed * 7919 + table * 104_729)

const DAYS = 1095
/** Rows per batch handed to the engine (and per SQLite transaction). */
const BATCH = 20_000

const REGIONS = [
  '台北市',
  '新北市',
  '桃園市',
  '新竹市',
  '台中市',
  '台南市',
  '高雄市',
  '上海市',
  '杭州市',
  '蘇州市',
  '深圳市',
  null,
]
const INDUSTRIES = ['製造業', '批發零售', '餐飲', '營造', '醫療', '資訊服務', null]
const REASONS = ['改用競品', '公司歇業', '付款條件談不攏', null]
const PRODUCTS = ['A4 影印紙', '碳粉匣', '辦公椅', '白板筆', '檔案夾', '標籤機', '碎紙機', '計算機']
const CHANNELS = ['phone', 'visit', 'message', 'email', 'meeting', 'meal']

/**
 * Migrates the empty database `database` and fills it as `spec` says, at the engine's speed
 * (bulk-rows.ts), committing every batch. Foreign keys are not checked while generating (the rows
 * refer to each other by construction; SQLite only); the statistics are gathered at the end (ANALYZE), as a
 * database in use for three years would have them.
 */
export async function generateLedger(
  database: OpenDatabase,
  spec: LedgerSpec,
  log: (line: string) => void = () => {},
): Promise<GeneratedLedger> {
  await migrate(database)
  const started = performance.now()
  const phases: Record<string, number> = {}
  const rows: Record<string, number> = {}
  let mark = performance.now()
  const phase = (name: string) => {
    const now = performance.now()
    phases[name] = now - mark
    mark = now
    log(`  ${name}: ${((phases[name] ?? 0) / 1000).toFixed(1)} s`)
  }
  const sqlite = database.sqlite
  // Bench data only: no fsync per batch and no foreign-key checks while filling (SQLite; on
  // PostgreSQL a session setting would not follow the pool's connections, so its checks run).
  if (sqlite) {
    sqlite.pragma('synchronous = OFF')
    sqlite.pragma('foreign_keys = OFF')
  }
  const put = async <T extends Parameters<typeof insertRows>[1]>(
    table: T,
    batch: Parameters<typeof insertRows<T>>[2],
  ) => {
    if (sqlite) sqlite.exec('begin')
    try {
      await insertRows(database, table, batch)
      if (sqlite) sqlite.exec('commit')
    } catch (error) {
      if (sqlite) sqlite.exec('rollback')
      throw error
    }
    rows[table] = (rows[table] ?? 0) + batch.length
  }
  const today = spec.today
  const year = Number(today.slice(0, 4)) - 1
  const now = `${today}T02:00:00.000Z`
  const stamp = { version: 1, created_at: now, updated_at: now }
  const day = (r: { int: (n: number) => number }) => addDays(today, -r.int(DAYS))

  // People: admin, finance, auditor, managers and their teams of reps (rep i in team i % managers).
  const hash = await hashPassword(BENCH_PASSWORD)
  const user = (key: string, name: string, role: string, managerId: string | null) => ({
    id: newId(),
    email: benchEmail(key),
    name,
    role,
    manager_id: managerId,
    password_hash: hash,
    disabled_at: null,
    lang: null,
    ...stamp,
  })
  const admin = user('admin', '系統管理員', 'admin', null)
  const finance = user('finance', '財務', 'finance', null)
  const auditor = user('auditor', '稽核', 'auditor', null)
  const managers = Array.from({ length: spec.managers }, (_, i) =>
    user(`manager${i + 1}`, `經理 ${i + 1}`, 'manager', null),
  )
  const reps = Array.from({ length: spec.reps }, (_, i) =>
    user(`rep${i + 1}`, `業務員 ${i + 1}`, 'rep', managers[i % managers.length]?.id ?? null),
  )
  const managerOf = new Map(reps.map((r) => [r.id, r.manager_id]))
  await put('users', [admin, finance, auditor, ...managers, ...reps])
  phase('users')

  // Customers: 1 in 50 in the pool, 1 in 17 lost (with a reason), the rest spread over the reps.
  const customerCount = spec.customers
  const owners: (string | null)[] = new Array<string | null>(customerCount)
  const ids: string[] = new Array<string>(customerCount)
  {
    const r = stream(spec.seed, 1)
    for (let i = 0; i < customerCount; i++) {
      ids[i] = newId()
      owners[i] = r.int(50) === 0 ? null : (reps[r.int(reps.length)]?.id ?? null)
    }
  }
  // The cadence state (last follow-up per customer) comes from the follow-ups generated below:
  // their stream is replayed here first, keeping only each customer's latest day.
  const lastDay = new Int16Array(customerCount).fill(-1)
  {
    const r = stream(spec.seed, 5)
    for (let i = 0; i < spec.followUps; i++) {
      const c = r.int(customerCount)
      const back = r.int(DAYS)
      r.int(CHANNELS.length)
      const ago = DAYS - back
      if (ago > (lastDay[c] as number)) lastDay[c] = ago
    }
  }
  {
    const r = stream(spec.seed, 2)
    for (let start = 0; start < customerCount; start += BATCH) {
      const batch = []
      const contacts = []
      for (let i = start; i < Math.min(customerCount, start + BATCH); i++) {
        const lost = r.int(17) === 0
        const region = REGIONS[r.int(REGIONS.length)] ?? null
        const tierRoll = r.int(10)
        const name = `${region ?? ''}客戶${i}號`
        const ago = lastDay[i] as number
        batch.push({
          id: ids[i] as string,
          external_id: `C${i}`,
          name,
          company_name: `${name}股份有限公司`,
          tax_id: String(10_000_000 + ((i * 7919) % 89_999_999)),
          address: region ? `${region}中正路 ${1 + (i % 300)} 號` : null,
          phone: `02-${String(20_000_000 + i).slice(0, 8)}`,
          website: null,
          industry: INDUSTRIES[r.int(INDUSTRIES.length)] ?? null,
          region,
          source: null,
          owner_id: owners[i] ?? null,
          status: lost ? 'lost' : 'active',
          lost_reason: lost ? (REASONS[r.int(REASONS.length)] ?? null) : null,
          lost_date: lost ? day(r) : null,
          tier: tierRoll < 1 ? 'A' : tierRoll < 4 ? 'B' : 'C',
          tags: '[]',
          interests: '[]',
          preferred_time: null,
          meeting_style: null,
          preferred_weekdays: '[]',
          preferred_hours_from: null,
          preferred_hours_to: null,
          notes: null,
          search_text: `${name} c${i}`.toLowerCase(),
          assigned_at: owners[i] ? `${addDays(today, -DAYS)}T02:00:00.000Z` : null,
          ...stamp,
          deleted_at: null,
          deleted_by: null,
          last_follow_up_on: ago >= 0 ? addDays(today, -(DAYS - ago)) : null,
          next_follow_up_on: null,
        })
        const people = 1 + (i % 2)
        for (let position = 0; position < people; position++)
          contacts.push({
            id: newId(),
            customer_id: ids[i] as string,
            position,
            name: `聯絡人 ${i}-${position + 1}`,
            title: position === 0 ? '採購經理' : '會計',
            phone: `09${String(10_000_000 + ((i * 31 + position) % 89_999_999)).slice(0, 8)}`,
            email: `c${i}.${position}@example.tw`,
            notes: null,
          })
      }
      await put('customers', batch)
      await put('contacts', contacts)
    }
  }
  phase('customers')

  // Orders with 1–3 lines, a skewed share per customer (a few customers buy much: a real Pareto);
  // 5 % cancelled; the order's rep is the customer's owner (a pool customer's order, any rep's).
  const repOf = (customer: number, r: { int: (n: number) => number }) =>
    owners[customer] ?? (reps[r.int(reps.length)]?.id as string)
  const skewed = (r: { next: () => number }) => Math.floor(customerCount * Math.pow(r.next(), 2))
  {
    const r = stream(spec.seed, 3)
    for (let start = 0; start < spec.orders; start += BATCH) {
      const orders = []
      const lines = []
      for (let i = start; i < Math.min(spec.orders, start + BATCH); i++) {
        const customer = skewed(r)
        const id = newId()
        let total = 0
        const count = 1 + r.int(3)
        for (let position = 0; position < count; position++) {
          const quantity = 1 + r.int(20)
          const price = 100 + r.int(20_000) * 10
          const amount = quantity * price
          total += amount
          lines.push({
            id: newId(),
            order_id: id,
            position,
            product: PRODUCTS[r.int(PRODUCTS.length)] as string,
            quantity_milli: quantity * 1000,
            unit_price_minor: price,
            discount_minor: 0,
            amount_minor: amount,
          })
        }
        orders.push({
          id,
          external_id: null,
          number: `SO-${i}`,
          customer_id: ids[customer] as string,
          owner_id: repOf(customer, r),
          order_date: day(r),
          status: r.int(20) === 0 ? 'cancelled' : 'confirmed',
          total_minor: total,
          note: null,
          import_batch_id: null,
          ...stamp,
          deleted_at: null,
        })
      }
      await put('orders', orders)
      await put('order_lines', lines)
    }
  }
  phase('orders')

  {
    const r = stream(spec.seed, 4)
    for (let start = 0; start < spec.collections; start += BATCH) {
      const batch = []
      for (let i = start; i < Math.min(spec.collections, start + BATCH); i++) {
        const customer = skewed(r)
        batch.push({
          id: newId(),
          external_id: null,
          customer_id: ids[customer] as string,
          order_id: null,
          owner_id: repOf(customer, r),
          collected_on: day(r),
          amount_minor: 1_000 + r.int(800_000),
          method: r.int(4) === 0 ? 'check' : 'transfer',
          note: null,
          import_batch_id: null,
          ...stamp,
          deleted_at: null,
        })
      }
      await put('collections', batch)
    }
  }
  phase('collections')

  {
    // The same stream as the cadence pre-pass above: customer, day, channel, in that order.
    const r = stream(spec.seed, 5)
    for (let start = 0; start < spec.followUps; start += BATCH) {
      const batch = []
      for (let i = start; i < Math.min(spec.followUps, start + BATCH); i++) {
        const customer = r.int(customerCount)
        const on = addDays(today, -r.int(DAYS))
        const channel = CHANNELS[r.int(CHANNELS.length)] as string
        batch.push({
          id: newId(),
          external_id: null,
          customer_id: ids[customer] as string,
          rep_id: owners[customer] ?? (reps[customer % reps.length]?.id as string),
          happened_at: `${on}T02:00:00.000Z`,
          happened_on: on,
          channel,
          duration_minutes: 5 + (i % 40),
          summary: `討論第 ${1 + (i % 4)} 季訂單與交期`,
          outcome: null,
          next_step: null,
          next_date: null,
          import_batch_id: null,
          ...stamp,
          deleted_at: null,
        })
      }
      await put('follow_ups', batch)
    }
  }
  phase('follow_ups')

  {
    // Visits over the three years and the next 30 days: past ones reviewed (some missed or
    // cancelled), coming ones planned.
    const r = stream(spec.seed, 6)
    for (let start = 0; start < spec.visits; start += BATCH) {
      const batch = []
      for (let i = start; i < Math.min(spec.visits, start + BATCH); i++) {
        const customer = r.int(customerCount)
        const on = addDays(today, 30 - r.int(DAYS + 30))
        const roll = r.int(100)
        const status = on > today ? 'planned' : roll < 3 ? 'missed' : roll < 5 ? 'cancelled' : 'reviewed'
        const at = (hour: number) => `${on}T${String(hour).padStart(2, '0')}:00:00.000Z`
        const rep = owners[customer] ?? (reps[customer % reps.length]?.id as string)
        batch.push({
          id: newId(),
          customer_id: ids[customer] as string,
          rep_id: rep,
          starts_at: at(2),
          ends_at: at(3),
          starts_on: on,
          place: null,
          status,
          why_this_time: '季度拜訪',
          checked_in_at: status === 'reviewed' ? at(2) : null,
          check_in_place: null,
          reviewed_at: status === 'reviewed' ? at(4) : null,
          customer_view: status === 'reviewed' ? '對新品有興趣' : null,
          to_improve: null,
          follow_up_id: null,
          cancelled_at: status === 'cancelled' ? at(1) : null,
          cancel_reason: status === 'cancelled' ? '客戶改期' : null,
          missed_at: status === 'missed' ? at(4) : null,
          created_by: rep,
          ...stamp,
        })
      }
      await put('visits', batch)
    }
  }
  phase('visits')

  {
    const r = stream(spec.seed, 7)
    for (let start = 0; start < spec.expenses; start += BATCH) {
      const batch = []
      for (let i = start; i < Math.min(spec.expenses, start + BATCH); i++) {
        const rep = reps[r.int(reps.length)] as (typeof reps)[number]
        const roll = r.int(20)
        const status = roll < 17 ? 'approved' : roll === 17 ? 'submitted' : roll === 18 ? 'draft' : 'rejected'
        const decided = status === 'approved' || status === 'rejected'
        batch.push({
          id: newId(),
          external_id: null,
          rep_id: rep.id,
          customer_id: r.int(3) === 0 ? (ids[r.int(customerCount)] as string) : null,
          expense_date: day(r),
          category: EXPENSE_CATEGORIES[r.int(EXPENSE_CATEGORIES.length)] as string,
          amount_minor: 500 + r.int(20_000),
          note: null,
          status,
          submitted_at: status === 'draft' ? null : now,
          manager_approved_by: decided ? (managerOf.get(rep.id) ?? null) : null,
          decided_by: decided ? finance.id : null,
          decided_at: decided ? now : null,
          reject_reason: status === 'rejected' ? '缺少發票' : null,
          import_batch_id: null,
          ...stamp,
          deleted_at: null,
        })
      }
      await put('expenses', batch)
    }
  }
  phase('expenses')

  if (sqlite) sqlite.pragma('foreign_keys = ON')
  const base: AppContext = {
    db: database.db,
    engine: database.engine,
    now: () => new Date(`${today}T02:00:00Z`),
    config: loadConfig(process.env, { databaseUrl: 'sqlite::memory:' }),
    actor: null,
    lang: 'zh-Hant',
  }
  const ctx = { ...base, actor: await findActor(base, ADMIN_EMAIL) }
  if (spec.commission !== false) {
    // Everyone on one progressive plan for the last whole year, so commission has a statement per rep.
    const plan = await createPlan(
      ctx,
      PlanInputSchema.parse({
        name: 'Bench',
        mode: 'progressive',
        brackets: [
          { from: 0, to: 10_000_000, rateBp: 300 },
          { from: 10_000_000, to: null, rateBp: 500 },
        ],
        newCustomerBonus: 50_000,
      }),
    )
    for (const rep of reps)
      await createAssignment(ctx, {
        repId: rep.id,
        planId: plan.id,
        periodFrom: `${year}-01-01`,
        periodTo: `${year}-12-31`,
      })
    phase('commission plan')
  }
  if (spec.abcRuns !== false) {
    await classify(ctx, { asOf: `${year - 1}-12-31` })
    await classify(ctx, { asOf: `${year}-12-31` })
    phase('abc runs')
  }
  if (sqlite) {
    if (spec.sqliteAnalyze !== false) sqlite.exec('analyze')
    sqlite.pragma('wal_checkpoint(TRUNCATE)')
    sqlite.pragma('synchronous = FULL')
  } else await sql`analyze`.execute(database.db)
  phase('analyze')
  return { rows, phases, ms: performance.now() - started, today, year }
}

/** generateLedger in a child process (generate-ledger-child.ts), so the caller does not carry its heap. */
export function generateLedgerInChild(
  url: string,
  spec: LedgerSpec,
): Promise<GeneratedLedger & { peakRssMb: number; wallMs: number }> {
  const root = fileURLToPath(new URL('..', import.meta.url))
  const args = ['bin/tsx.mjs', 'bench/generate-ledger-child.ts', url, JSON.stringify(spec)]
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`data generation failed (exit ${code})`))
      try {
        resolve({
          ...JSON.parse(out.trim().split('\n').at(-1) as string),
          wallMs: performance.now() - started,
        })
      } catch {
        reject(new Error(`data generation printed no result: ${out.slice(0, 500)}`))
      }
    })
  })
}
