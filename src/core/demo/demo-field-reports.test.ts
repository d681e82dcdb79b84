import { describe, expect, it } from 'vitest'
import { unsolvedProblems } from '../field-reports/problems'
import { isoWeekday } from '../follow-ups/iso-weekday'
import { seededRandom } from '../random/seeded-random'
import { DEMO_PROBLEMS, demoCheckIns, demoMonthlyReports } from './demo-field-reports'

describe('demo reports from the field', () => {
  const checkIns = () =>
    demoCheckIns(
      [
        { key: 'steady', share: 1 },
        { key: 'never', share: 0 },
        { key: 'some', share: 0.5 },
      ],
      '2026-11-27',
      14,
      seededRandom(3),
    )
  it('checks in on working days before today, by each rep’s habit, reproducibly', () => {
    const all = checkIns()
    expect(checkIns()).toEqual(all)
    const steady = all.filter((c) => c.repKey === 'steady').map((c) => c.date)
    // 2026-11-13 (Fri) … 2026-11-26 (Thu): ten working days.
    expect(steady).toHaveLength(10)
    expect(steady[0]).toBe('2026-11-13')
    for (const c of all) {
      expect(isoWeekday(c.date)).toBeLessThanOrEqual(5)
      expect(c.date < '2026-11-27').toBe(true)
      expect(c.sentOn >= c.date).toBe(true)
    }
    expect(all.some((c) => c.repKey === 'never')).toBe(false)
    expect(all.filter((c) => c.repKey === 'some').length).toBeLessThan(10)
  })
  it('writes monthly reports whose every problem carries a solution, comments on submitted ones only', () => {
    expect(unsolvedProblems(DEMO_PROBLEMS)).toEqual([])
    const reports = demoMonthlyReports(
      [
        { managerKey: 'north', repKeys: ['rep1', 'rep2'] },
        { managerKey: 'south', repKeys: ['rep4'] },
      ],
      'director',
      '2026-11-27',
      seededRandom(1),
    )
    expect(reports.map((r) => `${r.repKey} ${r.month} ${r.status}`)).toEqual([
      'rep1 2026-10 submitted',
      'rep2 2026-10 submitted',
      'rep1 2026-11 draft',
      'rep4 2026-10 submitted',
    ])
    for (const r of reports) {
      expect(r.problems.length).toBeGreaterThanOrEqual(2)
      expect(unsolvedProblems(r.problems)).toEqual([])
      if (r.status === 'draft') expect(r.comments).toEqual([])
    }
    expect(reports[0]?.comments.map((c) => c.authorKey)).toEqual(['north', 'director'])
    expect(reports[3]?.comments.map((c) => c.authorKey)).toEqual(['south'])
  })
})
