import { addDays, type LocalDate } from '../dates/local-date'

export type Period = { from: LocalDate; to: LocalDate }
export type Assigned<P> = Period & { id: string; plan: P }
/** An assignment's days inside a period; `assignedFrom` is the assignment's own first day. */
export type Segment<P> = Period & { assignmentId: string; plan: P; assignedFrom: LocalDate }

/**
 * Splits a period by a rep's plan assignments: each assignment counts for its own days inside the
 * period (a plan assigned from the 10th applies from the 10th), and the days no assignment covers
 * are listed as uncovered — they earn no bracket commission. Assignments of one rep never overlap
 * (the app refuses it), so each day belongs to at most one segment; overlapping input is a bug.
 */
export function planSegments<P>(
  period: Period,
  assignments: readonly Assigned<P>[],
): { segments: Segment<P>[]; uncovered: Period[] } {
  const inside = assignments
    .filter((a) => a.from <= period.to && a.to >= period.from)
    .map((a) => ({
      assignmentId: a.id,
      plan: a.plan,
      assignedFrom: a.from,
      from: a.from > period.from ? a.from : period.from,
      to: a.to < period.to ? a.to : period.to,
    }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
  const uncovered: Period[] = []
  let next = period.from
  for (const s of inside) {
    if (s.from < next) throw new Error(`overlapping commission assignments: ${s.assignmentId}`)
    if (s.from > next) uncovered.push({ from: next, to: addDays(s.from, -1) })
    next = addDays(s.to, 1)
  }
  if (next <= period.to) uncovered.push({ from: next, to: period.to })
  return { segments: inside, uncovered }
}
