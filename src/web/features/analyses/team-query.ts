import { isLocalDate, type LocalDate } from '../../../core/dates/local-date'
import type { TeamQuery } from './team-requests'

/** This calendar year: the analyses' default period. */
export const thisYearOf = (today: LocalDate) => ({
  from: `${today.slice(0, 4)}-01-01`,
  to: `${today.slice(0, 4)}-12-31`,
})

/** The period and team in the page's URL (shareable, kept on reload); this year and everyone by default. */
export function readTeamQuery(params: URLSearchParams, today: LocalDate): TeamQuery {
  const from = params.get('from')
  const to = params.get('to')
  const team = params.get('team') || undefined
  const period =
    from && to && isLocalDate(from) && isLocalDate(to) && from <= to ? { from, to } : thisYearOf(today)
  return team ? { ...period, team } : period
}

export const writeTeamQuery = (query: TeamQuery) =>
  new URLSearchParams({ from: query.from, to: query.to, ...(query.team ? { team: query.team } : {}) })
