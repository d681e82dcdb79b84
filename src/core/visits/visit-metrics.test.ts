import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { visitMetrics, type MetricAction, type MetricVisit } from './visit-metrics'

const NOW = new Date('2026-11-27T02:00:00Z')
const TODAY = '2026-11-27'

const visit = (over: Partial<MetricVisit>): MetricVisit => ({
  status: 'reviewed',
  endsAt: '2026-11-20T03:00:00.000Z',
  checkedInAt: '2026-11-20T02:00:00.000Z',
  reviewedAt: '2026-11-20T10:00:00.000Z',
  objectives: [],
  ...over,
})

describe('visitMetrics', () => {
  it('counts yes as achieved, partly on its own, and a missed visit’s objectives as planned and open', () => {
    const m = visitMetrics(
      [
        visit({ objectives: [{ result: 'yes' }, { result: 'partly' }, { result: 'no' }] }),
        visit({
          status: 'planned',
          endsAt: '2026-11-26T03:00:00.000Z',
          checkedInAt: null,
          reviewedAt: null,
          objectives: [{ result: null }],
        }),
        // not over yet: its objectives are not counted
        visit({
          status: 'planned',
          endsAt: '2026-11-28T03:00:00.000Z',
          checkedInAt: null,
          reviewedAt: null,
          objectives: [{ result: null }],
        }),
        visit({ status: 'cancelled', objectives: [{ result: null }] }),
      ],
      [],
      NOW,
      TODAY,
    )
    expect(m).toMatchObject({
      visits: 3,
      reviewed: 1,
      missed: 1,
      objectivesPlanned: 4,
      objectivesAchieved: 1,
      objectivesPartly: 1,
      objectivesNotAchieved: 1,
      objectivesOpen: 1,
      achievedRate: 0.25,
    })
  })

  it('holds a review to 24 h after the later of the end and the check-in', () => {
    const m = visitMetrics(
      [
        // exactly 24 h after the end: on time
        visit({ reviewedAt: '2026-11-21T03:00:00.000Z' }),
        // a minute later: late
        visit({ reviewedAt: '2026-11-21T03:01:00.000Z' }),
        // checked in after the planned end: the clock starts at the check-in
        visit({ checkedInAt: '2026-11-20T05:00:00.000Z', reviewedAt: '2026-11-21T04:00:00.000Z' }),
        // checked in, not reviewed, deadline passed: late
        visit({ status: 'checked_in', reviewedAt: null }),
        // checked in yesterday, not reviewed, still within 24 h: not due yet
        visit({
          status: 'checked_in',
          endsAt: '2026-11-26T23:00:00.000Z',
          checkedInAt: '2026-11-26T22:00:00.000Z',
          reviewedAt: null,
        }),
      ],
      [],
      NOW,
      TODAY,
    )
    expect(m).toMatchObject({ reviewsDue: 4, reviewsOnTime: 2, reviewsLate: 2, onTimeRate: 0.5 })
  })

  it('counts actions due by today: done on or before the due date is on time', () => {
    const m = visitMetrics(
      [],
      [
        { dueOn: '2026-11-20', doneOn: '2026-11-20' },
        { dueOn: '2026-11-20', doneOn: '2026-11-21' },
        { dueOn: '2026-11-20', doneOn: null },
        { dueOn: '2026-11-30', doneOn: '2026-11-25' },
      ],
      NOW,
      TODAY,
    )
    expect(m).toMatchObject({ actionsDue: 3, actionsDoneOnTime: 1, actionsDoneLate: 1, actionsOpen: 1 })
    expect(m.actionsOnTimeRate).toBeCloseTo(1 / 3)
  })

  it('is null, not 0, with nothing to count', () => {
    const m = visitMetrics([], [], NOW, TODAY)
    expect([m.achievedRate, m.onTimeRate, m.actionsOnTimeRate]).toEqual([null, null, null])
  })

  const instant = fc
    .integer({ min: Date.parse('2026-11-01T00:00:00Z'), max: Date.parse('2026-12-05T00:00:00Z') })
    .map((ms) => new Date(ms).toISOString())
  const day = fc.integer({ min: 1, max: 30 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`)
  const arbVisit: fc.Arbitrary<MetricVisit> = fc.record({
    status: fc.constantFrom('planned', 'checked_in', 'reviewed', 'missed', 'cancelled'),
    endsAt: instant,
    checkedInAt: fc.option(instant),
    reviewedAt: fc.option(instant),
    objectives: fc.array(
      fc.record({ result: fc.constantFrom('yes' as const, 'partly' as const, 'no' as const, null) }),
      {
        maxLength: 5,
      },
    ),
  })
  const arbAction: fc.Arbitrary<MetricAction> = fc.record({ dueOn: day, doneOn: fc.option(day) })

  it('splits every count into its parts, keeps rates in [0, 1], and a team is the sum of its reps (property)', () => {
    fc.assert(
      fc.property(
        fc.array(arbVisit, { maxLength: 20 }),
        fc.array(arbVisit, { maxLength: 20 }),
        fc.array(arbAction, { maxLength: 20 }),
        fc.array(arbAction, { maxLength: 20 }),
        (v1, v2, a1, a2) => {
          const one = visitMetrics(v1, a1, NOW, TODAY)
          const two = visitMetrics(v2, a2, NOW, TODAY)
          const team = visitMetrics([...v1, ...v2], [...a1, ...a2], NOW, TODAY)
          for (const m of [one, two, team]) {
            expect(
              m.objectivesAchieved + m.objectivesPartly + m.objectivesNotAchieved + m.objectivesOpen,
            ).toBe(m.objectivesPlanned)
            expect(m.reviewsOnTime + m.reviewsLate).toBe(m.reviewsDue)
            expect(m.actionsDoneOnTime + m.actionsDoneLate + m.actionsOpen).toBe(m.actionsDue)
            for (const r of [m.achievedRate, m.onTimeRate, m.actionsOnTimeRate])
              if (r !== null) expect(r >= 0 && r <= 1).toBe(true)
          }
          for (const key of [
            'visits',
            'objectivesPlanned',
            'objectivesAchieved',
            'reviewsDue',
            'reviewsOnTime',
            'actionsDue',
            'actionsDoneOnTime',
          ] as const)
            expect(team[key]).toBe(one[key] + two[key])
        },
      ),
    )
  })
})
