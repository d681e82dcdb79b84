import type { Generated } from 'kysely'

/**
 * The whole database as Kysely sees it. snake_case columns; instants are ISO-8601 UTC text, calendar
 * dates `YYYY-MM-DD` text, booleans 0/1, lists JSON text: the same on SQLite and PostgreSQL.
 */
export type Database = {
  users: UserTable
  sessions: SessionTable
  api_tokens: ApiTokenTable
  customers: CustomerTable
  customer_tags: CustomerTagTable
  contacts: ContactTable
  audit_log: AuditLogTable
  settings: SettingTable
  orders: OrderTable
  order_lines: OrderLineTable
  collections: CollectionTable
  collection_plans: CollectionPlanTable
  expenses: ExpenseTable
  expense_budgets: ExpenseBudgetTable
  import_batches: ImportBatchTable
  follow_ups: FollowUpTable
  classification_runs: ClassificationRunTable
  classification_results: ClassificationResultTable
  pool_events: PoolEventTable
  planned_follow_ups: PlannedFollowUpTable
  calendar_feeds: CalendarFeedTable
}

export type UserTable = {
  id: string
  email: string
  name: string
  role: string
  manager_id: string | null
  password_hash: string
  disabled_at: string | null
  lang: string | null
  version: number
  created_at: string
  updated_at: string
}

export type SessionTable = { id: string; user_id: string; created_at: string; expires_at: string }

export type ApiTokenTable = {
  id: string
  user_id: string
  name: string
  token_hash: string
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
}

export type CustomerTable = {
  id: string
  external_id: string | null
  name: string
  company_name: string | null
  tax_id: string | null
  address: string | null
  phone: string | null
  website: string | null
  industry: string | null
  region: string | null
  source: string | null
  owner_id: string | null
  status: string
  lost_reason: string | null
  lost_date: string | null
  tier: string
  tags: string
  interests: string
  preferred_time: string | null
  meeting_style: string | null
  preferred_weekdays: string
  preferred_hours_from: string | null
  preferred_hours_to: string | null
  notes: string | null
  search_text: string
  assigned_at: string | null
  version: number
  created_at: string
  updated_at: string
  deleted_at: string | null
  deleted_by: string | null
  import_batch_id: Generated<string | null>
  /** Cadence state (DOMAIN.md): the local date of the last follow-up and the next date it set. */
  last_follow_up_on: Generated<string | null>
  next_follow_up_on: Generated<string | null>
  /** A manual tier that wins over the computed one, with its reason and optional last day. */
  tier_override: Generated<string | null>
  tier_override_reason: Generated<string | null>
  tier_override_until: Generated<string | null>
}

export type FollowUpTable = {
  id: string
  external_id: string | null
  customer_id: string
  rep_id: string
  happened_at: string
  happened_on: string
  channel: string
  duration_minutes: number
  summary: string
  outcome: string | null
  next_step: string | null
  next_date: string | null
  import_batch_id: string | null
  version: number
  created_at: string
  updated_at: string
  deleted_at: string | null
}

export type ClassificationRunTable = {
  id: string
  as_of: string
  period_from: string
  period_to: string
  metric: string
  share_a: number
  share_b: number
  total_minor: number
  count_a: number
  count_b: number
  count_c: number
  actor_id: string | null
  created_at: string
}

export type ClassificationResultTable = {
  run_id: string
  customer_id: string
  rank: number
  value_minor: number
  tier: string
  previous_tier: string | null
}

export type PoolEventTable = {
  id: string
  customer_id: string
  kind: string
  from_owner_id: string | null
  to_owner_id: string | null
  actor_id: string | null
  reason: string | null
  at: string
  on_date: string
}

export type CustomerTagTable = { customer_id: string; tag: string }

export type ContactTable = {
  id: string
  customer_id: string
  position: number
  name: string
  title: string | null
  phone: string | null
  email: string | null
  notes: string | null
}

export type AuditLogTable = {
  id: Generated<number>
  at: string
  actor_id: string | null
  entity: string
  entity_id: string
  action: string
  before: string | null
  after: string | null
}

export type SettingTable = { key: string; value: string }

export type OrderTable = {
  id: string
  external_id: string | null
  number: string
  customer_id: string
  owner_id: string
  order_date: string
  status: string
  total_minor: number
  note: string | null
  import_batch_id: string | null
  version: number
  created_at: string
  updated_at: string
  deleted_at: string | null
}

export type OrderLineTable = {
  id: string
  order_id: string
  position: number
  product: string
  quantity_milli: number
  unit_price_minor: number
  discount_minor: number
  amount_minor: number
}

export type CollectionTable = {
  id: string
  external_id: string | null
  customer_id: string
  order_id: string | null
  owner_id: string
  collected_on: string
  amount_minor: number
  method: string
  note: string | null
  import_batch_id: string | null
  version: number
  created_at: string
  updated_at: string
  deleted_at: string | null
}

export type CollectionPlanTable = {
  id: string
  customer_id: string
  order_id: string | null
  owner_id: string
  due_on: string
  amount_minor: number
  note: string | null
  version: number
  created_at: string
  updated_at: string
  deleted_at: string | null
}

export type ExpenseTable = {
  id: string
  external_id: string | null
  rep_id: string
  customer_id: string | null
  expense_date: string
  category: string
  amount_minor: number
  note: string | null
  status: string
  submitted_at: string | null
  manager_approved_by: string | null
  decided_by: string | null
  decided_at: string | null
  reject_reason: string | null
  import_batch_id: string | null
  version: number
  created_at: string
  updated_at: string
  deleted_at: string | null
}

export type ExpenseBudgetTable = {
  id: string
  rep_id: string
  period_from: string
  period_to: string
  /** A fixed amount, or … */
  amount_minor: number | null
  /** … a share of the rep's collections in the period, in basis points (1 % = 100). */
  share_bp: number | null
  version: number
  created_at: string
  updated_at: string
  deleted_at: string | null
}

export type ImportBatchTable = {
  id: string
  kind: string
  file_name: string
  actor_id: string | null
  created_at: string
  rows_total: number
  records_created: number
  undone_at: string | null
}

/** A rep's planned follow-up (DOMAIN.md Scheduling): `on_date` YYYY-MM-DD, times `HH:MM` local. */
export type PlannedFollowUpTable = {
  id: string
  rep_id: string
  customer_id: string
  on_date: string
  start_time: string
  end_time: string
  /** proposed | accepted | done | dropped */
  status: string
  version: number
  created_at: string
  updated_at: string
}

/** A user's private calendar feed: the SHA-256 of its token, never the token (DOMAIN.md "Reminders"). */
export type CalendarFeedTable = {
  user_id: string
  token_hash: string
  created_at: string
  last_used_at: string | null
}
