const DAY_MS = 24 * 60 * 60 * 1000

/**
 * When a review is due: 24 h after the visit ended (DOMAIN.md "reviews written within 24 h"). The
 * clock starts at the later of the planned end and the check-in, so a visit that started late (and
 * so ended late) is not held to its planned end.
 */
export function reviewDeadline(visit: { endsAt: string; checkedInAt: string | null }): Date {
  const end = Date.parse(visit.endsAt)
  const checkIn = visit.checkedInAt ? Date.parse(visit.checkedInAt) : end
  return new Date(Math.max(end, checkIn) + DAY_MS)
}
