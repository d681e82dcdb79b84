import { sql } from 'kysely'
import { createApiToken } from '../app/api-tokens'
import { login } from '../app/auth'
import { createCalendarFeed } from '../app/calendar-feed'
import { classify } from '../app/classify'
import { DEMO_PASSWORD, loadDemo } from '../app/demo'
import { findActor } from '../app/find-actor'
import { loadPolicy, savePolicy } from '../app/follow-up-policy'
import { generateHalfMonthReport } from '../app/half-month-reports'
import { releaseCustomer } from '../app/pool'
import { saveYearEndTexts } from '../app/year-end-texts'
import type { Db } from '../db/connect'
import { EVERYTHING_TABLES } from '../db/everything-tables'
import { countTableRows, tableShape } from '../db/everything.repo'
import { testContext } from './test-org'

/** Text that has broken exports elsewhere: quotes, escapes, line breaks, CJK, emoji, a formula. */
export const AWKWARD_TEXT = '客戶「甲」\n"quoted" \'single\'\t\\back\\slash 🧮 zero\u200bwidth =SUM(A1) ﹏ 𠀋'

/**
 * A database with rows in every table an export of everything carries: the demo, what the
 * use cases write beyond it (classifications, a token, a calendar feed, year-end texts, a kept
 * half-month report, the follow-up policy, a release to the pool, a session), and rows written
 * directly where values test the round trip: the largest safe integers, signed money, nulls,
 * JSON text, awkward text, a manager whose id sorts after their report's, audit numbers with a gap.
 */
export async function populateEverything(database: Db): Promise<void> {
  const base = testContext(database)
  await loadDemo(base, { scale: 'small', seed: 7, customers: 80 })
  const admin = await findActor(base)
  if (!admin) throw new Error('the demo has an admin')
  const ctx = testContext(database, admin)
  // More runs than a page of runs holds (EVERYTHING_TABLES: 5 at a time, each with its ranking).
  for (let run = 0; run < 7; run++) await classify(ctx)
  await createApiToken(ctx, 'ERP 整合')
  await createCalendarFeed(ctx)
  await saveYearEndTexts(ctx, {
    year: 2026,
    positive: AWKWARD_TEXT,
    negative: '',
    problems: 'a\r\nb',
    plan: '下一年：{"json": true}',
  })
  await generateHalfMonthReport(ctx, '2026-10-2')
  await savePolicy(ctx, await loadPolicy(ctx))
  const owned = await database.db
    .selectFrom('customers')
    .select(['id', 'version'])
    .where('owner_id', 'is not', null)
    .orderBy('id')
    .executeTakeFirstOrThrow()
  await releaseCustomer(ctx, owned.id, AWKWARD_TEXT, owned.version)
  await login(ctx, { email: admin.email, password: DEMO_PASSWORD })

  const db = database.db
  const at = '2026-11-27T02:00:00.000Z'
  const hash = (await db.selectFrom('users').select('password_hash').executeTakeFirstOrThrow()).password_hash
  const person = (id: string, email: string, manager: string | null, role: string) => ({
    id,
    email,
    name: AWKWARD_TEXT.slice(0, 12),
    role,
    manager_id: manager,
    password_hash: hash,
    disabled_at: role === 'rep' ? at : null,
    lang: null,
    version: 3,
    created_at: at,
    updated_at: at,
  })
  // The manager's id sorts after their report's: the export must still write the manager first.
  await db
    .insertInto('users')
    .values(person('zzzzzzzz-manager', 'late.manager@edge.tw', null, 'manager'))
    .execute()
  await db
    .insertInto('users')
    .values(person('00000000-rep', 'early.rep@edge.tw', 'zzzzzzzz-manager', 'rep'))
    .execute()
  const customer = await db
    .selectFrom('customers')
    .select(['id', 'owner_id'])
    .where('owner_id', 'is not', null)
    .orderBy('id')
    .executeTakeFirstOrThrow()
  await db
    .insertInto('settings')
    .values([
      { key: 'edge.text', value: AWKWARD_TEXT },
      { key: 'edge.json', value: JSON.stringify({ a: [1, 2.5, null, true], b: 'é', c: { d: '\u0001' } }) },
      { key: 'edge.empty', value: '' },
      // A line of the archive longer than the chunks it is read in (a ranking is megabytes).
      { key: 'edge.long', value: AWKWARD_TEXT.repeat(4_000) },
    ])
    .execute()
  await db
    .insertInto('import_batches')
    .values({
      id: 'edge-batch',
      kind: 'customers',
      file_name: '客戶 "名單" 2026.csv',
      actor_id: admin.id,
      created_at: at,
      rows_total: 0,
      records_created: 0,
      undone_at: null,
    })
    .execute()
  await db
    .insertInto('planned_follow_ups')
    .values({
      id: 'edge-slot',
      rep_id: customer.owner_id as string,
      customer_id: customer.id,
      on_date: '2026-12-01',
      start_time: '09:30',
      end_time: '10:00',
      status: 'proposed',
      version: 1,
      created_at: at,
      updated_at: at,
    })
    .execute()
  await db
    .insertInto('commission_adjustments')
    .values({
      id: 'edge-adjustment',
      rep_id: customer.owner_id as string,
      period_from: '2026-11-01',
      period_to: '2026-11-30',
      amount_minor: -Number.MAX_SAFE_INTEGER,
      reason: AWKWARD_TEXT,
      created_by: null,
      version: 1,
      created_at: at,
      updated_at: at,
      deleted_at: null,
    })
    .execute()
  await db
    .insertInto('orders')
    .values({
      id: 'edge-order',
      external_id: null,
      number: 'EDGE-1',
      customer_id: customer.id,
      owner_id: customer.owner_id as string,
      order_date: '2026-02-28',
      status: 'confirmed',
      total_minor: Number.MAX_SAFE_INTEGER,
      note: '',
      import_batch_id: 'edge-batch',
      version: 1,
      created_at: at,
      updated_at: at,
      deleted_at: null,
    })
    .execute()
  // A gap in the audit numbers: the import must keep them, and new rows must come after.
  await sql`insert into audit_log (id, at, actor_id, entity, entity_id, action, before, after)
    values (1000000, ${at}, null, 'edge', 'gap', 'update', ${JSON.stringify({ v: AWKWARD_TEXT })}, null)`.execute(
    db,
  )
  if (database.engine === 'postgres')
    await sql`select setval(pg_get_serial_sequence('audit_log', 'id'), 1000000)`.execute(db)
}

/** Every exported table's rows, normalised: columns by name, rows by primary key (engines sort text differently). */
export async function everythingRows(database: Db): Promise<Record<string, Record<string, unknown>[]>> {
  const all: Record<string, Record<string, unknown>[]> = {}
  for (const { name } of EVERYTHING_TABLES) {
    const { columns, key } = await tableShape(database.db, database.engine, name)
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(database.db)
    const order = (row: Record<string, unknown>) => JSON.stringify(key.map((k) => row[k]))
    all[name] = rows
      .map((row) => Object.fromEntries([...columns].sort().map((c) => [c, row[c]])))
      .sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0))
  }
  return all
}

/** Rows per exported table. */
export async function everythingCounts(database: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const { name } of EVERYTHING_TABLES) counts[name] = await countTableRows(database.db, name)
  return counts
}
