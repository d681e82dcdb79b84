import Database from 'better-sqlite3'

/**
 * XSS payloads for every text a person writes (issue 9, point 6), written straight into an SQLite
 * database that holds the demo organisation — so every record of every kind carries them, not only
 * the few a spec would create. Each payload calls `__xss(n)`, n naming the field, when it runs.
 */
export const PAYLOADS: readonly ((n: number) => string)[] = [
  // First, so that a text used as a link's address is a javascript: URL.
  (n) => `javascript:__xss(${n})//`,
  (n) => `"><svg onload=__xss(${n})>`,
  (n) => `<img src=x onerror=__xss(${n})>`,
  (n) => `<script>__xss(${n})</script>`,
  (n) => `<iframe srcdoc="<script>parent.__xss(${n})</script>"></iframe>`,
  (n) => `<a href="javascript:__xss(${n})">a</a>`,
  (n) => `'-__xss(${n})-'`,
  (n) => `{{constructor.constructor('__xss(${n})')()}}x{{7*7}}x`,
]

/** Every payload, one after the other: each text tries them all. */
export const poisoned = (n: number) => PAYLOADS.map((p) => p(n)).join(' ')

/**
 * The texts a person writes, by table: each is overwritten on every row. Everything else that is
 * text must be listed in INERT or match INERT_NAME, so a new column cannot escape: the spec fails
 * until it is put in one list or the other.
 */
export const FREE_TEXT: Record<string, readonly string[]> = {
  api_tokens: ['name'],
  callback_audit_items: ['note'],
  collection_plans: ['note'],
  collections: ['note', 'external_id'],
  commission_adjustments: ['reason'],
  commission_plans: ['name', 'note'],
  contacts: ['name', 'title', 'phone', 'email', 'notes'],
  customer_tags: ['tag'],
  customers: [
    'external_id',
    'name',
    'company_name',
    'tax_id',
    'address',
    'phone',
    'website',
    'industry',
    'region',
    'source',
    'lost_reason',
    'notes',
    'tier_override_reason',
  ],
  daily_reports: ['done_text', 'plan_text'],
  expenses: ['note', 'reject_reason', 'external_id'],
  follow_ups: ['summary', 'outcome', 'next_step', 'external_id'],
  import_batches: ['file_name'],
  monthly_report_comments: ['body'],
  monthly_reports: ['summary', 'next_month_plan'],
  opportunities: ['title', 'lost_note', 'note'],
  order_lines: ['product'],
  orders: ['number', 'note', 'external_id'],
  pool_events: ['reason'],
  users: ['name'],
  visit_actions: ['text'],
  visit_fab_items: ['feature', 'advantage', 'benefit'],
  visit_issues: ['text', 'resolution'],
  visit_materials: ['text'],
  visit_objections: ['objection', 'response'],
  visit_objectives: ['text', 'reason'],
  visits: ['place', 'why_this_time', 'check_in_place', 'customer_view', 'to_improve', 'cancel_reason'],
  year_end_texts: ['positive', 'negative', 'problems', 'plan'],
}

/** JSON columns holding written texts (or copies of them): arrays of texts, or these keys. */
export const JSON_TEXT: Record<string, readonly string[]> = {
  customers: ['tags', 'interests'],
  daily_reports: ['done_items', 'plan_items'],
  monthly_reports: ['problems'],
  notifications: ['params'],
}
const JSON_KEYS = new Set(['customerName', 'repName', 'note', 'summary', 'problem', 'solution'])

/** Ids, instants, dates, hashes: never written as free text. */
const INERT_NAME = /^id$|_id$|_ids$|_at$|_on$|_date$|_from$|_to$|_since$|_by$|hash$/

/** Codes, enums, numbers as JSON, derived texts: not free text (a person picks them, or the server writes them). */
export const INERT: Record<string, readonly string[]> = {
  audit_log: ['at', 'entity', 'action', 'before', 'after'],
  callback_audit_draws: ['rule'],
  callback_audit_items: ['record_kind', 'result'],
  classification_results: ['tier', 'previous_tier'],
  // The ranking: ids, values and tiers the server writes, one line per customer (db/run-ranking.ts).
  classification_runs: ['as_of', 'metric', 'ranking'],
  collections: ['method'],
  commission_plans: ['mode', 'brackets'],
  customers: [
    'status',
    'tier',
    'preferred_time',
    'meeting_style',
    'preferred_weekdays',
    'search_text',
    'tier_override',
    'tier_override_until',
  ],
  expenses: ['category', 'status'],
  follow_ups: ['channel'],
  half_month_reports: ['period', 'model'],
  import_batches: ['kind'],
  monthly_reports: ['month', 'status', 'figures'],
  notifications: ['kind'],
  opportunities: ['stage', 'highest_stage', 'lost_at_stage', 'lost_reason'],
  opportunity_stage_changes: ['from_stage', 'to_stage', 'lost_reason'],
  orders: ['status'],
  planned_follow_ups: ['start_time', 'end_time', 'status'],
  pool_events: ['kind', 'at'],
  settings: ['key', 'value'],
  users: ['email', 'role', 'lang'],
  visit_objectives: ['kind', 'result'],
  visits: ['status'],
  year_end_texts: ['scope'],
}

export type PoisonResult = {
  /** Field n is FIELDS[n]: `table.column`. */
  fields: string[]
  /** Text columns in no list: the spec fails on them. */
  unclassified: string[]
  /** Rows × columns overwritten. */
  texts: number
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

function poisonJson(value: unknown, text: string): unknown {
  if (typeof value === 'string') return text
  // Each text of an array stays distinct (a customer's tags are unique: a PATCH writes them back).
  if (Array.isArray(value))
    return value.map((v, i) => (typeof v === 'string' ? `${text} ~${i}` : poisonJson(v, text)))
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        typeof v === 'string' ? (JSON_KEYS.has(k) ? text : v) : poisonJson(v, text),
      ]),
    )
  return value
}

/** Overwrites every written text of the database at `file` with the payloads. */
export function poisonDatabase(file: string): PoisonResult {
  const db = new Database(file)
  const fields: string[] = []
  const unclassified: string[] = []
  let texts = 0
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%' ORDER BY name",
      )
      .all() as { name: string }[]
    db.transaction(() => {
      for (const { name: table } of tables) {
        const columns = db.prepare(`PRAGMA table_info(${quote(table)})`).all() as {
          name: string
          type: string
        }[]
        const free = FREE_TEXT[table] ?? []
        const json = JSON_TEXT[table] ?? []
        for (const { name: column, type } of columns) {
          if (!['TEXT', ''].includes(type.toUpperCase())) continue
          if (free.includes(column)) {
            const n = fields.push(`${table}.${column}`) - 1
            // The row id keeps unique texts unique (order numbers, tags of one customer).
            texts += db
              .prepare(`UPDATE ${quote(table)} SET ${quote(column)} = ? || ' ~' || rowid`)
              .run(poisoned(n)).changes
          } else if (json.includes(column)) {
            const n = fields.push(`${table}.${column}`) - 1
            const rows = db
              .prepare(
                `SELECT rowid AS r, ${quote(column)} AS v FROM ${quote(table)} WHERE ${quote(column)} IS NOT NULL`,
              )
              .all() as { r: number; v: string }[]
            const update = db.prepare(`UPDATE ${quote(table)} SET ${quote(column)} = ? WHERE rowid = ?`)
            for (const { r, v } of rows)
              texts += update.run(JSON.stringify(poisonJson(JSON.parse(v), poisoned(n))), r).changes
          } else if (!INERT_NAME.test(column) && !(INERT[table] ?? []).includes(column))
            unclassified.push(`${table}.${column}`)
        }
      }
    })()
  } finally {
    db.close()
  }
  return { fields, unclassified, texts }
}
