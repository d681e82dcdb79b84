import { AppError } from '../core/app-error'
import { expenseRatio } from '../core/analyses/change'
import { OWNER_ROLES, type Role } from '../core/access/roles'
import {
  addHalfMonths,
  closesOn,
  halfMonthOf,
  halfMonthRange,
  isClosedHalfMonth,
  isHalfMonth,
  lastClosedHalfMonth,
  type HalfMonth,
} from '../core/half-month/half-month'
import {
  halfMonthTotal,
  restrictModel,
  type HalfMonthModel,
  type HalfMonthRow,
} from '../core/half-month/half-month-model'
import type {
  HalfMonthList,
  HalfMonthListQuery,
  HalfMonthReport,
  HalfMonthVersionQuery,
} from '../contracts/half-month-reports'
import { writeAudit } from '../db/audit-log.repo'
import {
  earliestOrderDate,
  findHalfMonthReport,
  insertHalfMonthReportIfAbsent,
  latestHalfMonthVersion,
  listHalfMonthVersions,
  type HalfMonthReportRecord,
} from '../db/half-month-reports.repo'
import { listUsers } from '../db/users.repo'
import { todayOf } from './analysis-periods'
import { inTransaction, nowIso, type AppContext } from './context'
import { MONEY_READERS, moneyScope } from './customer-scope'
import { newId } from './new-id'
import { NO_LEDGER_FIGURES, repLedgerFigures } from './rep-figures'
import { requireActor } from './require-actor'

/** Who makes a new version on demand: the people who give sales its data (DOMAIN.md "Roles"). */
export const HALF_MONTH_GENERATORS: readonly Role[] = ['admin', 'finance']

/**
 * A half-month to report on: written `YYYY-MM-1|2` (a clear 400 otherwise) and over (422 while it
 * is not: its figures are still moving — issue 7 point 6).
 */
export function closedHalfMonth(ctx: AppContext, period: string): { from: string; to: string } {
  if (!isHalfMonth(period))
    throw new AppError('validation', 'error.validation', {}, [
      { path: 'period', key: 'field.invalid_half_month' },
    ])
  const range = halfMonthRange(period)
  if (!isClosedHalfMonth(period, todayOf(ctx)))
    throw new AppError('domain_rule', 'error.half_month_open', { period, ...range, closes: closesOn(period) })
  return range
}

/** Something to show: a disabled person stays in the report only while a figure of theirs is not 0. */
const hasFigures = (r: HalfMonthRow) =>
  r.orders !== 0 || r.collections !== 0 || r.receivable !== 0 || r.expenses !== 0 || r.newCustomers !== 0

/**
 * The half-monthly data report's figures as they are now (DOMAIN.md "Reports"): per sales rep and
 * sales manager who owns accounts — of all, or of `repIds` — the half-month's sales, collections,
 * receivable at its last day, approved expenses, expense ratio and new customers, read by the one
 * function the team table and the monthly report read them with (app/rep-figures.ts), so the three
 * never disagree; with the total. By name, as the team table. Whoever asks: callers scope it.
 */
export async function halfMonthModel(
  ctx: AppContext,
  period: HalfMonth,
  repIds?: readonly string[],
): Promise<HalfMonthModel> {
  const { from, to } = halfMonthRange(period)
  const people = (await listUsers(ctx.db, repIds)).filter((u) => OWNER_ROLES.includes(u.role as Role))
  const ledger = await repLedgerFigures(ctx, { repIds: people.map((p) => p.id), from, to })
  const rows = people
    .map((p): HalfMonthRow & { disabled: boolean } => {
      const l = ledger.get(p.id) ?? NO_LEDGER_FIGURES
      return {
        repId: p.id,
        repName: p.name,
        orders: l.orders,
        sales: l.sales,
        collections: l.collections,
        receivable: l.receivable,
        expenses: l.expenses,
        expenseRatio: expenseRatio(l.expenses, l.sales),
        newCustomers: l.newCustomers,
        disabled: p.disabled,
      }
    })
    .filter((r) => !r.disabled || hasFigures(r))
    .map(({ disabled: _disabled, ...row }) => row)
  return { period, from, to, organisation: ctx.config.organisationName, rows, total: halfMonthTotal(rows) }
}

const parseModel = (record: HalfMonthReportRecord): HalfMonthModel =>
  JSON.parse(record.model) as HalfMonthModel

/**
 * Generates and keeps a version of the company's report, in one transaction: the figures read and
 * the row inserted unless its (period, version) exists. With several servers racing for the same
 * version exactly one row lands (db/half-month-reports.repo.ts) and every caller gets that row.
 */
async function keepVersion(
  ctx: AppContext,
  period: HalfMonth,
  which: 'first' | 'next',
  actorId: string | null,
): Promise<{ kept: HalfMonthReportRecord; inserted: boolean }> {
  return inTransaction(ctx, async (tx) => {
    const version = which === 'first' ? 1 : (await latestHalfMonthVersion(tx.db, period)) + 1
    const model = await halfMonthModel(tx, period)
    const id = newId()
    const at = nowIso(tx)
    const inserted = await insertHalfMonthReportIfAbsent(tx.db, {
      id,
      period,
      period_from: model.from,
      period_to: model.to,
      version,
      model: JSON.stringify(model),
      rep_count: model.rows.length,
      generated_at: at,
      generated_by: actorId,
    })
    if (inserted)
      await writeAudit(tx.db, {
        at,
        actorId,
        entity: 'half_month_report',
        entityId: id,
        action: 'create',
        before: null,
        after: { period, version, reps: model.rows.length, sales: model.total.sales },
      })
    const kept = await findHalfMonthReport(tx.db, period, version)
    if (!kept) throw new Error(`half-month report ${period} v${version} neither inserted nor found`)
    return { kept, inserted }
  })
}

/**
 * The server's daily run (api/daily-half-month-report.ts): keeps the report of the half-month
 * that closed most recently, unless it has one — so it is made the first day after the half-month
 * ends, and a server that was down that day makes it when it comes back. Safe with several
 * servers: one report per period. No actor: the system makes it.
 */
export async function keepClosedHalfMonth(
  ctx: AppContext,
): Promise<{ period: HalfMonth; version: number; generated: boolean }> {
  const period = lastClosedHalfMonth(todayOf(ctx))
  const existing = await latestHalfMonthVersion(ctx.db, period)
  if (existing > 0) return { period, version: existing, generated: false }
  const { kept, inserted } = await keepVersion(ctx, period, 'first', null)
  return { period, version: kept.version, generated: inserted }
}

/**
 * Regenerates a closed half-month on demand (admin, finance): a new version with the figures as
 * they are now — say after a late collection was recorded. Earlier versions are kept, never
 * replaced: what was sent to sales stays downloadable. Two at once give one new version.
 */
export async function generateHalfMonthReport(ctx: AppContext, period: string): Promise<HalfMonthReport> {
  const actor = requireActor(ctx, HALF_MONTH_GENERATORS)
  closedHalfMonth(ctx, period)
  const { kept } = await keepVersion(ctx, period, 'next', actor.id)
  return halfMonthReport(ctx, period, { version: kept.version })
}

/**
 * A closed half-month's report as the reader may see it: the kept version asked for (the latest by
 * default), or the figures as they are now when none is kept yet. Admin and finance read every
 * rep (the auditor reads no money: 403); a manager their tree's rows, a rep their own — with the total of those rows
 * (DOMAIN.md "People and visibility": a rep never reads another rep's records through a report).
 */
export async function halfMonthReport(
  ctx: AppContext,
  period: string,
  query: HalfMonthVersionQuery = {},
): Promise<HalfMonthReport> {
  requireActor(ctx)
  closedHalfMonth(ctx, period)
  const scope = await moneyScope(ctx)
  const [record, versions] = await Promise.all([
    findHalfMonthReport(ctx.db, period, query.version),
    latestHalfMonthVersion(ctx.db, period),
  ])
  if (query.version !== undefined && !record)
    throw new AppError('not_found', 'error.half_month_version', { period, version: query.version })
  const model = record
    ? parseModel(record)
    : await halfMonthModel(ctx, period, scope.kind === 'all' ? undefined : scope.ownerIds)
  const shown = scope.kind === 'all' ? model : restrictModel(model, new Set(scope.ownerIds))
  return {
    ...shown,
    kept: Boolean(record),
    version: record?.version ?? null,
    versions,
    generatedAt: record?.generatedAt ?? nowIso(ctx),
    generatedBy: record?.generatedBy ? { id: record.generatedBy, name: record.generatedByName ?? '' } : null,
    restricted: scope.kind !== 'all',
  }
}

/**
 * The half-months, newest first from the one under way (open), each with what is kept: the latest
 * version and how many. Whoever reads money may list them; the auditor reads none (403).
 * Pages end at the half-month of the first order on record.
 */
export async function listHalfMonthReports(
  ctx: AppContext,
  query: HalfMonthListQuery,
): Promise<HalfMonthList> {
  const actor = requireActor(ctx, MONEY_READERS)
  const today = todayOf(ctx)
  const current = halfMonthOf(today)
  const start = query.before ? addHalfMonths(query.before, -1) : current
  const first = await earliestOrderDate(ctx.db)
  const stop = first ? halfMonthOf(first < today ? first : today) : current
  const periods: HalfMonth[] = []
  for (let p = start; periods.length < query.limit && p >= stop; p = addHalfMonths(p, -1)) periods.push(p)
  const versions = await listHalfMonthVersions(ctx.db, periods)
  const items = periods.map((period) => {
    const kept = versions.filter((v) => v.period === period)
    const latest = kept[0]
    const range = halfMonthRange(period)
    return {
      period,
      ...range,
      status: !isClosedHalfMonth(period, today)
        ? ('open' as const)
        : latest
          ? ('generated' as const)
          : ('not_generated' as const),
      closesOn: closesOn(period),
      versions: kept.length,
      latest: latest
        ? {
            version: latest.version,
            generatedAt: latest.generatedAt,
            generatedBy: latest.generatedBy
              ? { id: latest.generatedBy, name: latest.generatedByName ?? '' }
              : null,
            repCount: latest.repCount,
          }
        : null,
    }
  })
  const last = periods[periods.length - 1]
  return {
    items,
    nextBefore: last && last > stop ? last : null,
    canGenerate: HALF_MONTH_GENERATORS.includes(actor.role),
  }
}
