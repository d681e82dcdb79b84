import { groupBy } from '../core/lists/group-by'
import { visitMetrics } from '../core/visits/visit-metrics'
import type { ObjectiveResult } from '../core/visits/visit-status'
import type { VisitMetricsReport } from '../contracts/visits'
import { actionsForMetrics, visitsForMetrics } from '../db/visits.repo'
import type { AppContext } from './context'
import { monitoredReps, pickReps } from './monitored-reps'
import { periodOf } from './period'

/**
 * Visit metrics (DOMAIN.md "Visits"; core/visits/visit-metrics.ts) per rep the actor may watch and
 * for them together — a manager's tree with `team` — over visits starting in the period and
 * improvement actions due in it. `partly` is not achieved: it is counted on its own.
 */
export async function visitMetricsReport(
  ctx: AppContext,
  query: { from?: string; to?: string; rep?: string; team?: string },
): Promise<VisitMetricsReport> {
  const { from, to, today } = periodOf(ctx, query)
  const { reps, lines } = await monitoredReps(ctx)
  const picked = pickReps(reps, lines, query)
  const ids = picked.map((r) => r.id)
  const [visits, actions] = await Promise.all([
    visitsForMetrics(ctx.db, ids, from, to),
    actionsForMetrics(ctx.db, ids, from, to),
  ])
  const now = ctx.now()
  const cast = (v: (typeof visits)[number]) => ({
    ...v,
    objectives: v.objectives.map((o) => ({ result: o.result as ObjectiveResult | null })),
  })
  // Grouped once: filtering every visit for each rep was 200 reps × 65,000 visits for a company.
  const visitsBy = groupBy(visits, (v) => v.repId)
  const actionsBy = groupBy(actions, (a) => a.repId)
  const rows = picked
    .map((rep) => ({
      repId: rep.id,
      repName: rep.name,
      managerId: rep.managerId,
      ...visitMetrics((visitsBy.get(rep.id) ?? []).map(cast), actionsBy.get(rep.id) ?? [], now, today),
    }))
    // People who neither planned a visit nor owe an action add only noise to a team's table.
    .filter((r) => r.visits > 0 || r.actionsDue > 0 || ids.length === 1)
    .sort((a, b) => a.repName.localeCompare(b.repName))
  return { from, to, rows, total: visitMetrics(visits.map(cast), actions, now, today) }
}
