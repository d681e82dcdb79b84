import { effectiveStatus } from '../core/visits/visit-status'
import type { CheckIns } from '../contracts/daily-reports'
import { dailyReportsOn } from '../db/daily-reports.repo'
import { followUpsLoggedBy } from '../db/team-monitor.repo'
import { visitsForMetrics } from '../db/visits.repo'
import type { AppContext } from './context'
import { dayOrToday } from './follow-ups'
import { monitoredReps, pickReps } from './monitored-reps'

/**
 * Who has and who has not checked in on a day (DOMAIN.md "Reports from the field"; seed ⑤: daily
 * check-ins): every active rep and manager the caller watches — a manager their tree, themselves
 * included — with when they checked in and what the data shows of their day (follow-ups logged,
 * visits that took place), so a silent day and a forgotten report tell apart. Not checked in first.
 */
export async function checkIns(ctx: AppContext, query: { date?: string; team?: string }): Promise<CheckIns> {
  const date = dayOrToday(ctx, query.date)
  const { reps, lines } = await monitoredReps(ctx)
  const picked = pickReps(reps, lines, { team: query.team }).filter((r) => !r.disabled)
  const repIds = picked.map((r) => r.id)
  const [reports, followUps, visits] = await Promise.all([
    dailyReportsOn(ctx.db, repIds, date),
    followUpsLoggedBy(ctx.db, { repIds, from: date, to: date }),
    visitsForMetrics(ctx.db, repIds, date, date),
  ])
  const now = ctx.now()
  const reportOf = new Map(reports.map((r) => [r.repId, r]))
  const visited = new Map<string, number>()
  for (const v of visits) {
    const status = effectiveStatus(v, now)
    if (status === 'checked_in' || status === 'reviewed')
      visited.set(v.repId, (visited.get(v.repId) ?? 0) + 1)
  }
  const names = new Map(reps.map((r) => [r.id, r.name]))
  const rows = picked
    .map((r) => {
      const report = reportOf.get(r.id)
      return {
        repId: r.id,
        repName: r.name,
        role: r.role,
        managerId: r.managerId,
        managerName: (r.managerId && names.get(r.managerId)) ?? null,
        reportId: report?.id ?? null,
        submittedAt: report?.submittedAt ?? null,
        updatedAt: report?.updatedAt ?? null,
        followUps: followUps.get(r.id) ?? 0,
        visits: visited.get(r.id) ?? 0,
      }
    })
    .sort(
      (a, b) =>
        Number(a.reportId !== null) - Number(b.reportId !== null) || a.repName.localeCompare(b.repName),
    )
  const checkedIn = rows.filter((r) => r.reportId !== null).length
  return { date, checkedIn, missing: rows.length - checkedIn, reps: rows }
}
