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
  opportunities: OpportunityTable
  opportunity_stage_changes: OpportunityStageChangeTable
  visits: VisitTable
  visit_objectives: VisitObjectiveTable
  visit_objections: VisitObjectionTable
  visit_fab_items: VisitFabItemTable
  visit_materials: VisitMaterialTable
  visit_actions: VisitActionTable
  visit_issues: VisitIssueTable
  callback_audit_draws: CallbackAuditDrawTable
  callback_audit_reps: CallbackAuditRepTable
  callback_audit_items: CallbackAuditItemTable
  notifications: NotificationTable
  daily_reports: DailyReportTable
  monthly_reports: MonthlyReportTable
  monthly_report_comments: MonthlyReportCommentTable
  commission_plans: CommissionPlanTable
  commission_assignments: CommissionAssignmentTable
  commission_adjustments: CommissionAdjustmentTable
  half_month_reports: HalfMonthReportTable
  year_end_texts: YearEndTextTable
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
  /** Who moved it to the recycle bin (migration 0018); null for an undone import. */
  deleted_by: Generated<string | null>
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
  /** The whole ranking as one text (db/run-ranking.ts); null only when written by hand. */
  ranking: string | null
}

/** A customer whose tier this run changed (or who had none before it): the run's history. */
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
  /** Who moved it to the recycle bin (migration 0018); null for an undone import. */
  deleted_by: Generated<string | null>
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
  /** Who moved it to the recycle bin (migration 0018); null for an undone import. */
  deleted_by: Generated<string | null>
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
  /** Who moved it to the recycle bin (migration 0018); null for an undone import. */
  deleted_by: Generated<string | null>
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
  /** Who submitted it (migration 0023); null when submitted before it was kept. */
  submitted_by: Generated<string | null>
  manager_approved_by: string | null
  decided_by: string | null
  decided_at: string | null
  reject_reason: string | null
  import_batch_id: string | null
  version: number
  created_at: string
  updated_at: string
  deleted_at: string | null
  /** Who moved it to the recycle bin (migration 0018); null for an undone import. */
  deleted_by: Generated<string | null>
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

/** A visit (DOMAIN.md "Visits: plan → check-in → review"); see ../helpers/VISITS_TABLE.md. */
export type VisitTable = {
  id: string
  customer_id: string
  rep_id: string
  starts_at: string
  ends_at: string
  /** The organisation's local date of starts_at. */
  starts_on: string
  place: string | null
  /** planned | checked_in | reviewed | missed | cancelled */
  status: string
  /** JSON list of the customer's contacts' ids. */
  contact_ids: Generated<string>
  why_this_time: string | null
  checked_in_at: string | null
  check_in_place: string | null
  reviewed_at: string | null
  customer_view: string | null
  to_improve: string | null
  follow_up_id: string | null
  cancelled_at: string | null
  cancel_reason: string | null
  missed_at: string | null
  created_by: string | null
  version: number
  created_at: string
  updated_at: string
}

export type VisitObjectiveTable = {
  id: string
  visit_id: string
  position: number
  /** relationship | product | sign | collect | service | other */
  kind: string
  text: string
  /** yes | partly | no, from the review */
  result: string | null
  reason: string | null
}

export type VisitObjectionTable = {
  id: string
  visit_id: string
  position: number
  objection: string
  response: string
}

export type VisitFabItemTable = {
  id: string
  visit_id: string
  position: number
  feature: string | null
  advantage: string | null
  benefit: string
}

export type VisitMaterialTable = { id: string; visit_id: string; position: number; text: string }

/** An improvement action from a review: the visit's and the customer's, tracked to done. */
export type VisitActionTable = {
  id: string
  visit_id: string
  customer_id: string
  rep_id: string
  position: number
  text: string
  due_on: string
  done_on: string | null
  done_visit_id: string | null
  version: number
  created_at: string
  updated_at: string
}

/** An open issue raised at a visit, unresolved until a later visit resolves it. */
export type VisitIssueTable = {
  id: string
  visit_id: string
  customer_id: string
  position: number
  text: string
  resolved_visit_id: string | null
  resolved_on: string | null
  resolution: string | null
  created_at: string
}

/** A rep's daily check-in (日報, DOMAIN.md "Reports from the field"): one per rep and day. */
export type DailyReportTable = {
  id: string
  rep_id: string
  report_date: string
  done_text: string
  plan_text: string | null
  /** JSON: the day's follow-ups and visits by customer, as they were at submission. */
  done_items: string
  /** JSON: tomorrow's planned visits, slots and due customers, as they were at submission. */
  plan_items: string
  follow_ups: number
  visits: number
  /** The first submission; a resubmission keeps it. */
  submitted_at: string
  version: number
  created_at: string
  updated_at: string
}

/** A rep's monthly work report (月度工作匯報): draft → submitted, numbers frozen at submission. */
export type MonthlyReportTable = {
  id: string
  rep_id: string
  /** `YYYY-MM` */
  month: string
  /** draft | submitted */
  status: string
  summary: string | null
  /** JSON list of { problem, solution } */
  problems: string
  next_month_plan: string | null
  /** JSON of the month's numbers at submission; null for a draft (live numbers). */
  figures: string | null
  submitted_at: string | null
  version: number
  created_at: string
  updated_at: string
}

/** A manager's comment on a monthly work report. */
export type MonthlyReportCommentTable = {
  id: string
  report_id: string
  author_id: string
  body: string
  created_at: string
}

/** An opportunity (商機) through the three hurdles (DOMAIN.md "Opportunities"). */
export type OpportunityTable = {
  id: string
  customer_id: string
  owner_id: string
  title: string
  amount_minor: number
  expected_on: string
  /** person | platform | money | won | lost */
  stage: string
  highest_stage: string
  lost_at_stage: string | null
  lost_reason: string | null
  lost_note: string | null
  closed_on: string | null
  note: string | null
  version: number
  created_at: string
  updated_at: string
  deleted_at: string | null
}

export type OpportunityStageChangeTable = {
  id: string
  opportunity_id: string
  from_stage: string | null
  to_stage: string
  lost_reason: string | null
  changed_at: string
  changed_on: string
  actor_id: string | null
}

/** A callback audit's draw (DOMAIN.md "Callback audits"): its period, rule and stored seed. */
export type CallbackAuditDrawTable = {
  id: string
  period_from: string
  period_to: string
  /** share | count */
  rule: string
  /** The share in basis points (1 % = 100), or null. */
  share_bp: number | null
  count_per_rep: number | null
  /** bigint (up to 2^32 − 1), a number on both engines (db/connect.ts). */
  seed: number
  excluded_since: string
  population: number
  sampled: number
  actor_id: string | null
  created_at: string
}

/** What a draw found of each rep: records, eligible records, quota, drawn. */
export type CallbackAuditRepTable = {
  draw_id: string
  rep_id: string
  recorded: number
  eligible: number
  quota: number
  drawn: number
}

/** A sampled record to call the customer about, and what the call found. */
export type CallbackAuditItemTable = {
  id: string
  draw_id: string
  position: number
  rep_id: string
  customer_id: string
  /** follow_up | visit */
  record_kind: string
  record_id: string
  record_on: string
  /** confirmed | discrepancy | unreachable, null until called */
  result: string | null
  satisfaction: number | null
  note: string | null
  called_on: string | null
  called_by: string | null
  version: number
  created_at: string
  updated_at: string
}

/** An in-app notification of one user: a kind and the parameters of its sentence (JSON). */
export type NotificationTable = {
  id: string
  user_id: string
  kind: string
  params: string
  created_at: string
  read_at: string | null
}

/** A commission (提成) plan: brackets (JSON of {from, to, rateBp}), mode and bonus. */
export type CommissionPlanTable = {
  id: string
  name: string
  mode: string
  brackets: string
  new_customer_bonus_minor: number
  bonus_min_order_minor: number | null
  note: string | null
  version: number
  created_at: string
  updated_at: string
  deleted_at: string | null
}

/** A plan applying to a rep from `period_from` to `period_to` (inclusive); never overlapping per rep. */
export type CommissionAssignmentTable = {
  id: string
  rep_id: string
  plan_id: string
  period_from: string
  period_to: string
  version: number
  created_at: string
  updated_at: string
  deleted_at: string | null
}

/** A signed manual change to a rep's commission, with its reason, counted in the period holding `period_to`. */
export type CommissionAdjustmentTable = {
  id: string
  rep_id: string
  period_from: string
  period_to: string
  amount_minor: number
  reason: string
  created_by: string | null
  version: number
  created_at: string
  updated_at: string
  deleted_at: string | null
}

/** A kept half-monthly data report (半月數據報表): one row per period and version; `model` is JSON. */
export type HalfMonthReportTable = {
  id: string
  /** `YYYY-MM-1` | `YYYY-MM-2` */
  period: string
  period_from: string
  period_to: string
  version: number
  model: string
  rep_count: number
  generated_at: string
  /** null when the server's timer generated it */
  generated_by: string | null
}

/** What an author wrote on a year-end deck's qualitative slides, per year and deck scope (issue 7 point 3). */
export type YearEndTextTable = {
  id: string
  year: number
  /** `company`, `team:<user id>` or `rep:<user id>` */
  scope: string
  author_id: string
  positive: string
  negative: string
  problems: string
  plan: string
  version: number
  created_at: string
  updated_at: string
}
