import type { LocalDate } from '../dates/local-date'
import { reviewDeadline } from './review-deadline'
import { effectiveStatus, type ObjectiveResult } from './visit-status'

export type MetricVisit = {
  status: string
  endsAt: string
  checkedInAt: string | null
  reviewedAt: string | null
  objectives: readonly { result: ObjectiveResult | null }[]
}
export type MetricAction = { dueOn: LocalDate; doneOn: LocalDate | null }

export type VisitMetrics = {
  visits: number
  reviewed: number
  missed: number
  /** Objectives of the visits that are over (their end has passed), cancelled visits aside. */
  objectivesPlanned: number
  /** `yes` only: DOMAIN.md's "achieved". `partly` is shown on its own and is not achieved. */
  objectivesAchieved: number
  objectivesPartly: number
  objectivesNotAchieved: number
  /** Planned objectives without a result: the visit was missed or is not reviewed yet. */
  objectivesOpen: number
  achievedRate: number | null
  /** Checked-in visits whose review was due by now (or is written). */
  reviewsDue: number
  reviewsOnTime: number
  reviewsLate: number
  onTimeRate: number | null
  /** Improvement actions due in the period up to today. */
  actionsDue: number
  actionsDoneOnTime: number
  actionsDoneLate: number
  actionsOpen: number
  actionsOnTimeRate: number | null
}

const rate = (part: number, whole: number) => (whole === 0 ? null : part / whole)

/**
 * The visit metrics of DOMAIN.md for a set of visits (those starting in the period) and
 * improvement actions (those due in the period), as of `now` / `today`:
 * - objectives achieved / planned — counted on visits that are over (not cancelled, end passed);
 *   a missed visit's objectives count as planned and not achieved;
 * - reviews written within 24 h of the visit's end (review-deadline.ts) over the reviews due;
 * - improvement actions done on or before their due date over the actions due by today.
 * Sums of rows add up: the metrics of a team are those of all its visits and actions together.
 */
export function visitMetrics(
  visits: readonly MetricVisit[],
  actions: readonly MetricAction[],
  now: Date,
  today: LocalDate,
): VisitMetrics {
  const m = {
    visits: 0,
    reviewed: 0,
    missed: 0,
    objectivesPlanned: 0,
    objectivesAchieved: 0,
    objectivesPartly: 0,
    objectivesNotAchieved: 0,
    objectivesOpen: 0,
    reviewsDue: 0,
    reviewsOnTime: 0,
    reviewsLate: 0,
    actionsDue: 0,
    actionsDoneOnTime: 0,
    actionsDoneLate: 0,
    actionsOpen: 0,
  }
  for (const v of visits) {
    const status = effectiveStatus(v, now)
    if (status === 'cancelled') continue
    m.visits++
    if (status === 'reviewed') m.reviewed++
    if (status === 'missed') m.missed++
    if (Date.parse(v.endsAt) <= now.getTime() || status === 'reviewed') {
      for (const o of v.objectives) {
        m.objectivesPlanned++
        if (o.result === 'yes') m.objectivesAchieved++
        else if (o.result === 'partly') m.objectivesPartly++
        else if (o.result === 'no') m.objectivesNotAchieved++
        else m.objectivesOpen++
      }
    }
    if (status === 'reviewed' || status === 'checked_in') {
      const deadline = reviewDeadline(v).getTime()
      if (v.reviewedAt) {
        m.reviewsDue++
        if (Date.parse(v.reviewedAt) <= deadline) m.reviewsOnTime++
        else m.reviewsLate++
      } else if (deadline <= now.getTime()) {
        m.reviewsDue++
        m.reviewsLate++
      }
    }
  }
  for (const a of actions) {
    if (a.dueOn > today) continue
    m.actionsDue++
    if (a.doneOn === null) m.actionsOpen++
    else if (a.doneOn <= a.dueOn) m.actionsDoneOnTime++
    else m.actionsDoneLate++
  }
  return {
    ...m,
    achievedRate: rate(m.objectivesAchieved, m.objectivesPlanned),
    onTimeRate: rate(m.reviewsOnTime, m.reviewsDue),
    actionsOnTimeRate: rate(m.actionsDoneOnTime, m.actionsDue),
  }
}
