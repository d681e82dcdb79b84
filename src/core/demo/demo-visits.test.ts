import { describe, expect, it } from 'vitest'
import { seededRandom } from '../random/seeded-random'
import { demoVisits } from './demo-visits'

const reps = [
  { key: 'a', customers: ['c1', 'c2'] },
  { key: 'b', customers: ['c3'] },
  { key: 'c', customers: ['c4', 'c5'] },
]

describe('demoVisits', () => {
  const visits = demoVisits(reps, '2026-11-27', seededRandom(7), 12)

  it('is the same for the same seed', () => {
    expect(demoVisits(reps, '2026-11-27', seededRandom(7), 12)).toEqual(visits)
  })
  it('plans the future, and reviews the past with a result and a reason unless yes', () => {
    for (const v of visits) {
      if (v.date > '2026-11-27') expect(v.status).toBe('planned')
      if (v.status === 'reviewed')
        for (const o of v.objectives) {
          expect(o.result).not.toBeNull()
          expect(o.result === 'yes' ? o.reason === null : Boolean(o.reason)).toBe(true)
        }
      else expect(v.actions).toEqual([])
      for (const f of v.fabItems) expect(f.benefit).toBeTruthy()
      expect(v.end > v.start).toBe(true)
    }
  })
  it('has late reviews, overdue actions and missed plans to show', () => {
    expect(visits.some((v) => (v.reviewAfterHours ?? 0) > 24)).toBe(true)
    expect(visits.some((v) => v.actions.some((a) => a.doneOn === null && a.dueOn < '2026-11-27'))).toBe(true)
    expect(visits.some((v) => v.status === 'missed')).toBe(true)
    expect(visits.some((v) => v.status === 'checked_in')).toBe(true)
  })
  it('plans the next visits to customers left with an open action or issue, so plans carry them in', () => {
    const open = new Set(
      visits
        .filter((v) => v.issues.length > 0 || v.actions.some((a) => a.doneOn === null))
        .map((v) => v.customerKey),
    )
    expect(open.size).toBeGreaterThan(0)
    const plans = visits.filter((v) => v.status === 'planned')
    expect(plans.some((v) => open.has(v.customerKey))).toBe(true)
  })
})
