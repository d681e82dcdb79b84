import { AppError } from '../core/app-error'
import type { Period } from '../core/analyses/period'
import type { AbcSection, DisciplineSection, TeamRow, TeamSection } from '../core/year-end/deck-model'
import { coarsenPareto } from '../core/year-end/pareto-bars'
import type { TeamTable } from '../contracts/team-table'
import type { ClassificationRun } from '../contracts/classification'
import { getRun, listRunCustomers, listRuns } from './classification-runs'
import type { AppContext } from './context'
import { coverageReport } from './coverage'
import { getMonthlyReport, listMonthlyReports } from './monthly-reports'
import { teamTable } from './team-table'
import { visitMetricsReport } from './visit-metrics'
import type { DeckSubject } from './year-end-scope'

/** A Pareto chart on a slide: a few dozen bars stay legible. */
const PARETO_BARS = 30
/** Tier changes named on the ABC slide; the counts give the rest. */
const MOVEMENTS = 12

/** A section the caller's role may not read is left out of the deck, as it is left out of the app. */
async function unlessForbidden<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await work()
  } catch (error) {
    if (error instanceof AppError && error.code === 'forbidden') return null
    throw error
  }
}

/** The last ABC run kept on or before `day`, newest first through the run history. */
async function runAsOf(ctx: AppContext, day: string): Promise<ClassificationRun | null> {
  let cursor: string | undefined
  for (;;) {
    const page = await listRuns(ctx, { limit: 200, cursor })
    const run = page.items.find((r) => r.asOf <= day)
    if (run) return run
    if (!page.nextCursor) return null
    cursor = page.nextCursor
  }
}

/**
 * The ABC Pareto chart and tier movements (DOMAIN.md "ABC classification"; the seed's ⑥) of the
 * last run on or before the year's end, for the customers of the deck's scope: the run history is
 * read with the caller's rights (admins, managers and finance read it), the customers with the
 * scope's. Null when the caller may not read it; a section without a run when none was kept.
 */
export async function abcSection(ctx: AppContext, narrowed: AppContext, yearEnd: string) {
  return unlessForbidden(async (): Promise<AbcSection> => {
    const run = await runAsOf(ctx, yearEnd)
    if (!run)
      return {
        asOf: null,
        metric: 'sales',
        customers: 0,
        counts: { A: 0, B: 0, C: 0 },
        promoted: 0,
        demoted: 0,
        bars: [],
        movements: [],
      }
    const [detail, moved] = await Promise.all([
      getRun(narrowed, run.id),
      listRunCustomers(narrowed, run.id, { change: 'changed', limit: MOVEMENTS }),
    ])
    return {
      asOf: run.asOf,
      metric: run.metric,
      customers: detail.visible.customers,
      counts: detail.visible.counts,
      promoted: detail.visible.promoted,
      demoted: detail.visible.demoted,
      bars: coarsenPareto(detail.pareto, PARETO_BARS),
      movements: moved.items.map((c) => ({
        name: c.name,
        repName: c.ownerName,
        from: c.previousTier,
        to: c.tier,
      })),
    }
  })
}

const rowOf = (name: string, r: TeamTable['total']): TeamRow => ({
  name,
  sales: r.sales,
  collections: r.collections,
  receivable: r.receivable,
  newCustomers: r.newCustomers,
  coverage: r.coverage,
  achievedRate: r.achievedRate,
  confirmationRate: r.confirmationRate,
  expenseRatio: r.expenseRatio,
  commission: r.commission,
})

/**
 * The team table (app/team-table.ts) of the deck's people, read with the caller's rights (what
 * they may see of commission and audits): everyone for the company, the manager's tree for a team,
 * the rep alone for a personal deck.
 */
export async function teamSection(
  ctx: AppContext,
  subject: DeckSubject,
  period: Period,
): Promise<{ section: TeamSection; total: TeamTable['total']; facts: TeamTable['facts'] }> {
  const table = await teamTable(ctx, {
    from: period.from,
    to: period.to,
    team: subject.kind === 'team' ? (subject.userId ?? undefined) : undefined,
  })
  const reps = subject.kind === 'rep' ? table.reps.filter((r) => r.repId === subject.userId) : table.reps
  const total = subject.kind === 'rep' && reps[0] ? reps[0] : table.total
  return {
    total,
    // A personal deck's people are one rep: the comparisons between reps are not theirs.
    facts: subject.kind === 'rep' ? [] : table.facts,
    section: {
      showsCommission: table.shows.commission,
      showsAudits: table.shows.audits,
      rows: reps.map((r) => rowOf(r.repName, r)),
      total: rowOf(subject.name, total),
    },
  }
}

/**
 * Follow-up and visit discipline (DOMAIN.md "Follow-up cadence", "Visits", "Callback audits"):
 * coverage, visit objectives achieved and the callback-audit confirmation rate as the team table
 * counts them (app/team-table.ts, through app/coverage.ts and the visit metrics), reviews on time
 * (app/visit-metrics.ts) — read with the caller's rights. A team's or the company's deck shows each
 * rep side by side (DOMAIN.md "Monitoring"); a rep's own deck breaks their coverage down by tier
 * (app/coverage.ts), which at one rep's scale costs little — for the company it would read every
 * customer's follow-ups a second time.
 */
export async function disciplineSection(
  ctx: AppContext,
  subject: DeckSubject,
  period: Period,
  team: { section: TeamSection; total: TeamTable['total'] },
): Promise<DisciplineSection> {
  const rep = subject.kind === 'rep' ? (subject.userId ?? undefined) : undefined
  const narrow = subject.kind === 'team' ? { team: subject.userId ?? undefined } : rep ? { rep } : {}
  const [visits, tiers] = await Promise.all([
    visitMetricsReport(ctx, { from: period.from, to: period.to, ...narrow }),
    rep ? coverageReport(ctx, { from: period.from, to: period.to, rep }) : null,
  ])
  const share = (x: { coverage: number | null; required: number; counted: number }) => ({
    rate: x.coverage,
    required: x.required,
    counted: x.counted,
  })
  const v = visits.total
  const t = team.total
  const byTier = tiers?.total.byTier
  return {
    coverage: {
      rate: t.coverage,
      required: t.coverageRequired,
      counted: t.coverageCounted,
      customers: t.customers,
      byTier: byTier ? { A: share(byTier.A), B: share(byTier.B), C: share(byTier.C) } : null,
    },
    byRep: rep
      ? []
      : team.section.rows
          .filter((r) => r.coverage !== null || r.achievedRate !== null)
          .map((r) => ({ name: r.name, coverage: r.coverage, achievedRate: r.achievedRate }))
          .sort((a, b) => (a.coverage ?? 2) - (b.coverage ?? 2) || a.name.localeCompare(b.name)),
    visits: {
      visits: v.visits,
      reviewed: v.reviewed,
      objectivesPlanned: v.objectivesPlanned,
      objectivesAchieved: v.objectivesAchieved,
      objectivesPartly: v.objectivesPartly,
      achievedRate: v.achievedRate,
      onTimeRate: v.onTimeRate,
      actionsDue: v.actionsDue,
      actionsOnTimeRate: v.actionsOnTimeRate,
    },
    audits: team.section.showsAudits
      ? { confirmed: t.auditsConfirmed, reached: t.auditsReached, rate: t.confirmationRate }
      : null,
  }
}

/**
 * The main problems of the year and their proposed solutions, as the people of the deck wrote them
 * in their submitted monthly work reports (DOMAIN.md "Reports from the field": every problem carries
 * its solution), oldest month first.
 */
export async function yearProblems(narrowed: AppContext, year: number) {
  const problems: { repName: string; month: string; problem: string; solution: string }[] = []
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`
    let cursor: string | undefined
    do {
      const page = await listMonthlyReports(narrowed, { month, status: 'submitted', limit: 200, cursor })
      for (const item of page.items.filter((i) => i.problems > 0)) {
        const report = await getMonthlyReport(narrowed, item.id)
        for (const p of report.problems)
          problems.push({ repName: report.repName, month, problem: p.problem, solution: p.solution })
      }
      cursor = page.nextCursor ?? undefined
    } while (cursor)
  }
  return problems
}
