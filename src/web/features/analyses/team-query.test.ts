import { describe, expect, it } from 'vitest'
import { readTeamQuery, writeTeamQuery } from './team-query'

describe('the team table’s URL', () => {
  it('reads a period and a team, and writes them back', () => {
    const query = readTeamQuery(new URLSearchParams('from=2026-08-01&to=2026-12-31&team=u1'), '2026-11-27')
    expect(query).toEqual({ from: '2026-08-01', to: '2026-12-31', team: 'u1' })
    expect(writeTeamQuery(query).toString()).toBe('from=2026-08-01&to=2026-12-31&team=u1')
  })

  it('falls back to this year for a missing, impossible or reversed period', () => {
    const year = { from: '2026-01-01', to: '2026-12-31' }
    expect(readTeamQuery(new URLSearchParams(''), '2026-11-27')).toEqual(year)
    expect(readTeamQuery(new URLSearchParams('from=2026-02-30&to=2026-03-01'), '2026-11-27')).toEqual(year)
    expect(readTeamQuery(new URLSearchParams('from=2026-12-31&to=2026-08-01'), '2026-11-27')).toEqual(year)
  })
})
