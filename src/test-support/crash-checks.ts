import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { Db } from '../db/connect'
import type { Database } from '../db/schema'
import type { Ledger, Outcome } from './crash-workload'

/** What one look at the database after a restart found (crash-safety.api.test.ts). */
export type CrashCheck = {
  /** Acknowledged writes not in the database. */
  lost: number
  /** Operations kept in part: an order without all its lines, an import with part of its rows… */
  halfApplied: number
  /** PRAGMA integrity_check / foreign_key_check on SQLite, dangling references on both engines. */
  integrity: number
  /** Records nobody asked for, or kept although refused. */
  unexpected: number
  problems: string[]
}

type Count = { n: number }
const count = async (db: Kysely<Database>, query: RawBuilder<Count>) =>
  Number((await query.execute(db)).rows[0]?.n ?? 0)

/**
 * Checks everything the ledger knows against the database, and the invariants that hold whatever
 * the ledger knows: every acknowledged write is there; every operation, acknowledged or cut short,
 * is there whole or not at all (with its audit row, the customer's cadence refreshed with it); the
 * database itself is sound. It reads one snapshot (a read-only transaction: repeatable read on
 * PostgreSQL, a deferred one on SQLite), so it may run on while new writes come in: `pinned` is
 * called once the snapshot is taken. `ledger` must not change meanwhile (pass a copy).
 */
export async function checkAfterCrash(database: Db, ledger: Ledger, pinned: () => void = () => {}) {
  return database.db
    .transaction()
    .setAccessMode('read only')
    .setIsolationLevel('repeatable read')
    .execute(async (db) => {
      await sql`select 1 from users limit 1`.execute(db)
      pinned()
      return lookAt(database, db, ledger)
    })
}

async function lookAt(database: Db, db: Kysely<Database>, ledger: Ledger): Promise<CrashCheck> {
  const check: CrashCheck = { lost: 0, halfApplied: 0, integrity: 0, unexpected: 0, problems: [] }
  const note = (kind: 'lost' | 'halfApplied' | 'integrity' | 'unexpected', what: string) => {
    check[kind]++
    if (check.problems.length < 30) check.problems.push(`${kind}: ${what}`)
  }
  /** A kept record against what its request came to: refused must be absent, acknowledged present. */
  const expectKept = (what: string, outcome: Outcome | undefined, kept: boolean) => {
    if (outcome === undefined && kept) note('unexpected', `${what} was never sent`)
    if (outcome === 'refused' && kept) note('unexpected', `${what} was refused but kept`)
    if (outcome === 'acked' && !kept) note('lost', `${what} was acknowledged`)
  }

  // Follow-ups logged by hand, and those the reviews wrote.
  const summaries = new Map<string, number>()
  const followUps = await sql<{ summary: string }>`
    select summary from follow_ups where summary like 'crash:%'`.execute(db)
  for (const { summary } of followUps.rows) summaries.set(summary, (summaries.get(summary) ?? 0) + 1)
  for (const [summary, n] of summaries) if (n > 1) note('halfApplied', `${summary} kept ${n} times`)
  for (const [summary, outcome] of ledger.followUps) expectKept(summary, outcome, summaries.has(summary))
  for (const summary of summaries.keys())
    if (summary.startsWith('crash:fu:') && !ledger.followUps.has(summary))
      expectKept(summary, undefined, true)

  // Orders: all their lines, adding up to their total.
  const orders = await sql<{ number: string; total: number; lines: number; amount: number }>`
    select o.number, o.total_minor as total, count(l.id) as lines, coalesce(sum(l.amount_minor), 0) as amount
    from orders o left join order_lines l on l.order_id = o.id
    where o.number like 'crash-o-%'
    group by o.id, o.number, o.total_minor`.execute(db)
  const keptOrders = new Set<string>()
  for (const o of orders.rows) {
    if (keptOrders.has(o.number)) note('halfApplied', `order ${o.number} kept twice`)
    keptOrders.add(o.number)
    const sent = ledger.orders.get(o.number)
    if (!sent) continue
    if (Number(o.lines) !== sent.lines || Number(o.amount) !== sent.total || Number(o.total) !== sent.total)
      note('halfApplied', `order ${o.number}: ${o.lines}/${sent.lines} lines, ${o.amount} of ${sent.total}`)
  }
  for (const [number, sent] of ledger.orders)
    expectKept(`order ${number}`, sent.outcome, keptOrders.has(number))
  for (const number of keptOrders) if (!ledger.orders.has(number)) expectKept(number, undefined, true)

  // CSV imports: all their rows in one batch, or none.
  const imported = await sql<{ external_id: string; import_batch_id: string | null }>`
    select external_id, import_batch_id from customers where external_id like 'ci-%'`.execute(db)
  const byImport = new Map<string, (string | null)[]>()
  for (const c of imported.rows) {
    const prefix = c.external_id.slice(0, c.external_id.lastIndexOf('-') + 1)
    byImport.set(prefix, [...(byImport.get(prefix) ?? []), c.import_batch_id])
  }
  for (const [prefix, batches] of byImport) {
    const sent = ledger.imports.get(prefix)
    if (!sent) {
      expectKept(`import ${prefix}`, undefined, true)
      continue
    }
    if (batches.length !== sent.rows || new Set(batches).size !== 1 || batches[0] === null)
      note(
        'halfApplied',
        `import ${prefix}: ${batches.length} of ${sent.rows} rows, batches ${[...new Set(batches)]}`,
      )
    else if (sent.batchId && batches[0] !== sent.batchId)
      note('halfApplied', `import ${prefix}: rows in batch ${batches[0]}, reported ${sent.batchId}`)
  }
  for (const [prefix, sent] of ledger.imports)
    expectKept(`import ${prefix}`, sent.outcome, byImport.has(prefix))
  const batches = await sql<{ id: string; created: number; kept: number }>`
    select b.id, b.records_created as created,
      (select count(*) from customers c where c.import_batch_id = b.id) as kept
    from import_batches b`.execute(db)
  for (const b of batches.rows)
    if (Number(b.kept) !== Number(b.created))
      note('halfApplied', `import batch ${b.id}: ${b.kept} of ${b.created} customers`)

  // Visits: each step whole — the review with its results, action, issue and follow-up.
  const visits = await sql<{
    place: string
    status: string
    checked_in_at: string | null
    follow_up_summary: string | null
    objectives: number
    scored: number
    actions: number
    issues: number
    audits: number
  }>`
    select v.place, v.status, v.checked_in_at, f.summary as follow_up_summary,
      (select count(*) from visit_objectives o where o.visit_id = v.id) as objectives,
      (select count(*) from visit_objectives o where o.visit_id = v.id and o.result is not null) as scored,
      (select count(*) from visit_actions a where a.visit_id = v.id) as actions,
      (select count(*) from visit_issues i where i.visit_id = v.id) as issues,
      (select count(*) from audit_log a where a.entity = 'visit' and a.entity_id = v.id) as audits
    from visits v left join follow_ups f on f.id = v.follow_up_id
    where v.place like 'crash-v-%'`.execute(db)
  const keptVisits = new Map<string, string>()
  const reviewFollowUps = new Set<string>()
  for (const v of visits.rows) {
    keptVisits.set(v.place, v.status)
    const marker = v.place.slice('crash-v-'.length)
    const shape = [
      v.checked_in_at !== null,
      v.follow_up_summary,
      Number(v.scored),
      Number(v.actions),
      Number(v.issues),
      Number(v.audits),
    ]
    const whole: Record<string, unknown[]> = {
      planned: [false, null, 0, 0, 0, 1],
      checked_in: [true, null, 0, 0, 0, 2],
      reviewed: [true, `crash:rv:${marker}`, 2, 1, 1, 3],
    }
    if (Number(v.objectives) !== 2 || JSON.stringify(whole[v.status]) !== JSON.stringify(shape))
      note(
        'halfApplied',
        `visit ${v.place} ${v.status}: ${v.objectives} objectives, ${JSON.stringify(shape)}`,
      )
    if (v.follow_up_summary) reviewFollowUps.add(v.follow_up_summary)
  }
  for (const [place, steps] of ledger.visits) {
    const status = keptVisits.get(place)
    expectKept(`visit plan ${place}`, steps.plan, status !== undefined)
    if (steps.checkIn)
      expectKept(`check-in ${place}`, steps.checkIn, status === 'checked_in' || status === 'reviewed')
    if (steps.review) expectKept(`review ${place}`, steps.review, status === 'reviewed')
  }
  for (const place of keptVisits.keys()) if (!ledger.visits.has(place)) expectKept(place, undefined, true)
  for (const summary of summaries.keys())
    if (summary.startsWith('crash:rv:') && !reviewFollowUps.has(summary))
      note('halfApplied', `${summary}: a review's follow-up without its reviewed visit`)

  // Every record with its audit row, written in the same transaction.
  const unaudited = await count(
    db,
    sql<Count>`select count(*) as n from follow_ups f where f.summary like 'crash:%'
      and not exists (select 1 from audit_log a where a.entity = 'follow_up' and a.entity_id = f.id)`,
  )
  const unauditedOrders = await count(
    db,
    sql<Count>`select count(*) as n from orders o where o.number like 'crash-o-%'
      and not exists (select 1 from audit_log a where a.entity = 'order' and a.entity_id = o.id)`,
  )
  const unauditedImports = await count(
    db,
    sql<Count>`select count(*) as n from import_batches b
      where not exists (select 1 from audit_log a where a.entity = 'import_batch' and a.entity_id = b.id)`,
  )
  if (unaudited + unauditedOrders + unauditedImports > 0)
    note(
      'halfApplied',
      `records without their audit row: ${unaudited} follow-ups, ${unauditedOrders} orders, ${unauditedImports} imports`,
    )

  // The customer's cadence moves in the follow-up's transaction (ARCHITECTURE.md "Follow-ups").
  const staleCadence = await count(
    db,
    sql<Count>`select count(*) as n from customers c
      where coalesce(c.last_follow_up_on, '') <> coalesce((select f.happened_on from follow_ups f
        where f.customer_id = c.id and f.deleted_at is null order by f.happened_at desc, f.id desc limit 1), '')`,
  )
  if (staleCadence > 0)
    note('halfApplied', `${staleCadence} customers whose cadence misses their last follow-up`)

  // The database itself.
  const dangling = await count(
    db,
    sql<Count>`select
      (select count(*) from order_lines l where not exists (select 1 from orders o where o.id = l.order_id))
      + (select count(*) from visit_objectives x where not exists (select 1 from visits v where v.id = x.visit_id))
      + (select count(*) from visit_actions x where not exists (select 1 from visits v where v.id = x.visit_id))
      + (select count(*) from visit_issues x where not exists (select 1 from visits v where v.id = x.visit_id))
      + (select count(*) from visits v where v.follow_up_id is not null
          and not exists (select 1 from follow_ups f where f.id = v.follow_up_id))
      + (select count(*) from customers c where c.import_batch_id is not null
          and not exists (select 1 from import_batches b where b.id = c.import_batch_id)) as n`,
  )
  if (dangling > 0) note('integrity', `${dangling} rows referring to rows that are not there`)
  if (database.sqlite) {
    const integrity = database.sqlite.pragma('integrity_check') as { integrity_check: string }[]
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok')
      note('integrity', `integrity_check: ${JSON.stringify(integrity.slice(0, 5))}`)
    const foreignKeys = database.sqlite.pragma('foreign_key_check') as unknown[]
    if (foreignKeys.length > 0)
      note('integrity', `foreign_key_check: ${JSON.stringify(foreignKeys.slice(0, 5))}`)
  }
  return check
}
