import type { Kysely } from 'kysely'
import type { Database } from './schema'

export type SchedulingState = {
  id: string
  name: string
  tier: string
  tierOverride: string | null
  tierOverrideUntil: string | null
  lastFollowUpOn: string | null
  nextFollowUpOn: string | null
  assignedAt: string | null
  preferredWeekdays: number[]
  preferredHoursFrom: string | null
  preferredHoursTo: string | null
  preferredTime: string | null
  meetingStyle: string | null
}

/** A list column: JSON text, read leniently so that one damaged row cannot break a rep's week. */
function weekdays(text: string): number[] {
  try {
    const value: unknown = JSON.parse(text)
    return Array.isArray(value) ? value.filter((d): d is number => Number.isInteger(d)) : []
  } catch {
    return []
  }
}

/**
 * The cadence state and contact preferences of a rep's live customers (not lost): what a week's
 * schedule is computed from, in one read by the owner index.
 */
export async function schedulingStateOfOwner(
  db: Kysely<Database>,
  ownerId: string,
): Promise<SchedulingState[]> {
  const rows = await db
    .selectFrom('customers')
    .select([
      'id',
      'name',
      'tier',
      'tier_override',
      'tier_override_until',
      'last_follow_up_on',
      'next_follow_up_on',
      'assigned_at',
      'preferred_weekdays',
      'preferred_hours_from',
      'preferred_hours_to',
      'preferred_time',
      'meeting_style',
    ])
    .where('owner_id', '=', ownerId)
    .where('deleted_at', 'is', null)
    .where('status', '!=', 'lost')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    tier: r.tier,
    tierOverride: r.tier_override,
    tierOverrideUntil: r.tier_override_until,
    lastFollowUpOn: r.last_follow_up_on,
    nextFollowUpOn: r.next_follow_up_on,
    assignedAt: r.assigned_at,
    preferredWeekdays: weekdays(r.preferred_weekdays),
    preferredHoursFrom: r.preferred_hours_from,
    preferredHoursTo: r.preferred_hours_to,
    preferredTime: r.preferred_time,
    meetingStyle: r.meeting_style,
  }))
}
