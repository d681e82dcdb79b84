import { AppError } from '../core/app-error'
import { teamFacts } from '../core/analyses/team-facts'
import { NO_SUMS, sumTeam, teamRates, type TeamSums } from '../core/analyses/team-totals'
import type { TeamTable, TeamTableQuery } from '../contracts/team-table'
import { firstOrdersByRep } from '../db/commission-figures.repo'
import { readerOf } from '../db/connect'
import { objectivesByRep } from '../db/visits.repo'
import { thisYear, todayOf } from './analysis-periods'
import { auditRatesReport, READERS as AUDIT_READERS } from './callback-audits'
import { commissionTotals } from './commission'
import { COMMISSION_READERS } from './commission-scope'
import type { AppContext } from './context'
import { countedCustomers, coverageOf, groupByOwner } from './coverage'
import { factDtos } from './customer-analysis'
import { loadPolicy } from './follow-up-policy'
import { monitoredReps, pickReps, type MonitoredRep } from './monitored-reps'
import { NO_LEDGER_FIGURES, repLedgerFigures } from './rep-figures'
import { MONEY_READERS } from './customer-scope'
import { requireActor } from './require-actor'

/** Something to show: a disabled person stays in the table only while a figure of theirs is not 0. */
const hasFigures = (s: TeamSums) =>
  s.orders !== 0 ||
  s.collections !== 0 ||
  s.receivable !== 0 ||
  s.newCustomers !== 0 ||
  s.customers !== 0 ||
  s.objectivesPlanned !== 0 ||
  s.auditsReached !== 0 ||
  s.expenses !== 0 ||
  (s.commission ?? 0) !== 0

/**
 * The team table (DOMAIN.md "Analyses", Team; issue 6 point 4): per rep the caller may watch — a
 * manager their tree, a rep themselves, admin and finance everyone, or one manager's
 * tree with `team` — the period's sales, collections, receivable, new customers (app/rep-figures.ts),
 * coverage (app/coverage.ts, as the team monitor), visit objectives achieved (counted by the
 * database as core/visits/visit-metrics.ts counts them: db/visits.repo.ts objectivesByRep), the
 * callback-audit confirmation rate (app/callback-audits.ts),
 * the expense ratio (approved expenses ÷ sales, core/analyses/change.ts) and commission
 * (app/commission.ts), with the team's total and the facts. Each figure is one grouped read for all
 * the reps, never one per rep. Audit results are not shown to finance, and the auditor, who reads
 * no money, is refused (403): the same rules as on their own pages.
 */
export async function teamTable(ctx: AppContext, query: TeamTableQuery): Promise<TeamTable> {
  const actor = requireActor(ctx, MONEY_READERS)
  const period = query.from && query.to ? { from: query.from, to: query.to } : thisYear(ctx)
  if (period.to < period.from)
    throw new AppError('validation', 'error.validation', {}, [{ path: 'to', key: 'field.period_order' }])
  const { from, to } = period
  const today = todayOf(ctx)
  const tierAsOf = to < today ? to : today
  const { reps, lines } = await monitoredReps(ctx)
  let team: MonitoredRep | null = null
  if (query.team) {
    team = reps.find((r) => r.id === query.team && r.role === 'manager') ?? null
    if (!team) throw new AppError('not_found', 'error.team_not_found')
  }
  const picked = pickReps(reps, lines, { team: query.team })
  const ids = picked.map((r) => r.id)
  const shows = {
    commission: COMMISSION_READERS.includes(actor.role),
    audits: AUDIT_READERS.includes(actor.role),
  }
  // On SQLite the first orders and the ledger up to the period's end are read on the reader's
  // thread (db/connect.ts readerOf), asked before anything else so that they run while this thread
  // counts each customer's touches and reads commission: two cores instead of one (bench/README.md).
  // The touches stay here: their 100,000 rows would cost as much to copy across as to read.
  // Commission stays here too: its reads are a chain (scope, people, assignments, then collections),
  // and the reader's answers are taken only when this thread waits, so on the reader it started only
  // once the touches were counted. New customers are read once: the same rows count them and pay
  // their bonus in commission.
  const reader = { ...ctx, db: readerOf(ctx.db) }
  const firstsRead = firstOrdersByRep(reader.db, { repIds: ids, from, to })
  const countedRead = countedCustomers(ctx, { ownerIds: ids, from, to, tierAsOf })
  const [counted, ledger, policy, objectives, audits, commission] = await Promise.all([
    countedRead,
    repLedgerFigures(reader, { repIds: ids, from, to }, firstsRead),
    loadPolicy(ctx),
    objectivesByRep(ctx.db, ids, { from, to, now: ctx.now().toISOString() }),
    shows.audits ? auditRatesReport(ctx, { from, to }) : null,
    shows.commission ? commissionTotals(ctx, { from, to, repIds: ids, firsts: firstsRead }) : null,
  ])
  const coveredBy = groupByOwner(counted)
  const auditsBy = new Map((audits?.reps ?? []).map((r) => [r.repId, r]))
  const commissionBy = new Map((commission ?? []).map((c) => [c.repId, c.total]))
  const sumsOf = (rep: MonitoredRep): TeamSums => {
    const l = ledger.get(rep.id) ?? NO_LEDGER_FIGURES
    const c = coverageOf(coveredBy.get(rep.id) ?? [], { from, to }, policy.intervals)
    const v = objectives.get(rep.id) ?? { planned: 0, achieved: 0 }
    const a = auditsBy.get(rep.id)
    return {
      orders: l.orders,
      sales: l.sales,
      collections: l.collections,
      receivable: l.receivable,
      newCustomers: l.newCustomers,
      customers: c.customers,
      coverageRequired: c.required,
      coverageCounted: c.counted,
      objectivesPlanned: v.planned,
      objectivesAchieved: v.achieved,
      auditsConfirmed: a?.confirmed ?? 0,
      auditsReached: (a?.confirmed ?? 0) + (a?.discrepancy ?? 0),
      expenses: l.expenses,
      commission: shows.commission ? (commissionBy.get(rep.id) ?? 0) : null,
    }
  }
  const rows = picked
    .map((rep) => ({ rep, sums: sumsOf(rep) }))
    .filter(({ rep, sums }) => !rep.disabled || hasFigures(sums))
  const total = rows.length ? sumTeam(rows.map((r) => r.sums)) : { ...NO_SUMS }
  if (!shows.commission) total.commission = null
  const withRates = (s: TeamSums) => {
    const rates = teamRates(s)
    return { ...s, ...rates, confirmationRate: shows.audits ? rates.confirmationRate : null }
  }
  return {
    period,
    tierAsOf,
    team: team && { id: team.id, name: team.name },
    shows,
    reps: rows.map(({ rep, sums }) => ({
      repId: rep.id,
      repName: rep.name,
      role: rep.role,
      managerId: rep.managerId,
      ...withRates(sums),
    })),
    total: withRates(total),
    facts: factDtos(
      ctx,
      teamFacts(
        rows.map(({ rep, sums }) => ({ repName: rep.name, sums })),
        total,
        period,
      ),
    ),
  }
}
