import type { LocalDate } from '../dates/local-date'
import { overlaps, toInterval } from './day-windows'

/**
 * A rep's planned follow-up (DOMAIN.md "Follow-up cadence", Scheduling). Proposals are computed
 * afresh from the customers' cadence each time they are asked for; what is stored is what the rep
 * decided: `accepted` (a planned visit), `dropped` (set aside, or a planned visit called off),
 * `done`. `proposed` is kept for a stored proposal, which nothing writes yet.
 */
export const PLANNED_STATUSES = ['proposed', 'accepted', 'done', 'dropped'] as const
export type PlannedStatus = (typeof PLANNED_STATUSES)[number]

export type PlannedSlot = {
  id: string
  customerId: string
  date: LocalDate
  /** `HH:MM`, local wall-clock time; `end` after `start`. */
  start: string
  end: string
  status: PlannedStatus
}

/** Slots that take the rep's time: later proposals go around them, and they must not overlap. */
export const isBlocking = (slot: { status: PlannedStatus }): boolean =>
  slot.status === 'accepted' || slot.status === 'done'

/**
 * The first of the rep's blocking slots that the candidate would overlap on its day, if any. A slot
 * ending when the next starts does not overlap it. `except` is the slot being moved.
 */
export function clashingSlot<S extends PlannedSlot>(
  candidate: { date: LocalDate; start: string; end: string },
  slots: readonly S[],
  except?: string,
): S | undefined {
  const interval = toInterval({ from: candidate.start, to: candidate.end })
  return slots.find(
    (s) =>
      s.id !== except &&
      isBlocking(s) &&
      s.date === candidate.date &&
      overlaps(interval, toInterval({ from: s.start, to: s.end })),
  )
}
