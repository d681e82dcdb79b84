import type { MonitorCustomers, MonitorDrill, TeamMonitor } from '../../../contracts/team-monitor'
import type { Tier } from '../../../core/follow-ups/tier'
import { http } from '../../lib/http'
import { queryString } from '../../lib/query-string'

export type Period = { from: string; to: string }
export type Drill = { repId: string; repName: string; what: MonitorDrill; tier?: Tier }

export const fetchTeamMonitor = (period: Period) =>
  http<TeamMonitor>('GET', `/team-monitor${queryString(period)}`)

export const fetchMonitorCustomers = (period: Period, drill: Drill) =>
  http<MonitorCustomers>(
    'GET',
    `/team-monitor/customers${queryString({ ...period, rep: drill.repId, what: drill.what, tier: drill.tier })}`,
  )

/** Cached under 'customers' and 'ledger' neither: the monitor is read, never written, here. */
export const monitorKeys = {
  monitor: (period: Period) => ['team-monitor', period],
  customers: (period: Period, drill: Drill) => ['team-monitor', 'customers', period, drill],
} as const
