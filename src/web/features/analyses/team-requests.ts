import type { TeamTable } from '../../../contracts/team-table'
import { http } from '../../lib/http'
import { queryString } from '../../lib/query-string'

export type TeamQuery = { from: string; to: string; team?: string }

export const fetchTeamTable = (query: TeamQuery) =>
  http<TeamTable>('GET', `/analyses/team${queryString(query)}`)

/** Read only, never written here; facts are rendered on the page, so a new language needs no refetch. */
export const teamKeys = {
  table: (query: TeamQuery) => ['analyses', 'team', query],
} as const
