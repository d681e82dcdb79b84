/** A visit's life (DOMAIN.md "Visits: plan → check-in → review"). */
export const VISIT_STATUSES = ['planned', 'checked_in', 'reviewed', 'missed', 'cancelled'] as const
export type VisitStatus = (typeof VISIT_STATUSES)[number]

/** What an objective is about (DOMAIN.md). */
export const OBJECTIVE_KINDS = ['relationship', 'product', 'sign', 'collect', 'service', 'other'] as const
export type ObjectiveKind = (typeof OBJECTIVE_KINDS)[number]

/** How far the review says an objective was achieved. */
export const OBJECTIVE_RESULTS = ['yes', 'partly', 'no'] as const
export type ObjectiveResult = (typeof OBJECTIVE_RESULTS)[number]

export const isVisitStatus = (value: string): value is VisitStatus =>
  (VISIT_STATUSES as readonly string[]).includes(value)

/**
 * The status as of `now`: a plan not checked in by its end is missed (DOMAIN.md), whether or not the
 * daily sweep has written it yet, so every list and detail is right between sweeps.
 */
export function effectiveStatus(visit: { status: string; endsAt: string }, now: Date): VisitStatus {
  const status = isVisitStatus(visit.status) ? visit.status : 'planned'
  if (status === 'planned' && Date.parse(visit.endsAt) <= now.getTime()) return 'missed'
  return status
}

/** Only a plan can be changed, cancelled or checked in; only a checked-in visit can be reviewed. */
export const mayEditPlan = (status: VisitStatus) => status === 'planned'
export const mayCheckIn = (status: VisitStatus) => status === 'planned'
export const mayReview = (status: VisitStatus) => status === 'checked_in'
export const mayCancel = (status: VisitStatus) => status === 'planned'
