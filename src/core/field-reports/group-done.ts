import type { FollowUpChannel } from '../follow-ups/channels'
import type { VisitStatus } from '../visits/visit-status'

/** A follow-up the rep logged on the day. `time` is its local `HH:MM`. */
export type DayFollowUp = {
  id: string
  customerId: string
  customerName: string
  at: string
  time: string
  channel: FollowUpChannel
  summary: string
}

/** A visit of the rep that starts on the day, in any state. */
export type DayVisit = {
  id: string
  customerId: string
  customerName: string
  at: string
  time: string
  status: VisitStatus
  /** The follow-up its review created (reviewed visits always have one). */
  followUpId: string | null
}

export type DoneItem = {
  kind: 'follow_up' | 'visit'
  id: string
  at: string
  time: string
  channel: FollowUpChannel | null
  /** The visit's state; on a follow-up, the state of the visit it reviews, if any. */
  visitStatus: VisitStatus | null
  summary: string | null
}

export type DoneGroup = { customerId: string; customerName: string; items: DoneItem[] }

const byTime = (a: { at: string; id: string }, b: { at: string; id: string }) =>
  a.at !== b.at ? (a.at < b.at ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0

/**
 * What a rep did on a day, for the daily check-in (日報, DOMAIN.md "Reports from the field"): the
 * day's follow-ups and visits, customer by customer. A visit whose review created one of the day's
 * follow-ups is that follow-up (a review is the visit's record), shown once, with the visit's state;
 * every other visit stands on its own. Within a customer by time; customers by their first item.
 */
export function groupDone(followUps: readonly DayFollowUp[], visits: readonly DayVisit[]): DoneGroup[] {
  const reviewOf = new Map<string, DayVisit>()
  const shownIds = new Set(followUps.map((f) => f.id))
  for (const v of visits) if (v.followUpId && shownIds.has(v.followUpId)) reviewOf.set(v.followUpId, v)
  const items: (DoneItem & { customerId: string; customerName: string })[] = [
    ...followUps.map((f) => ({
      kind: 'follow_up' as const,
      id: f.id,
      customerId: f.customerId,
      customerName: f.customerName,
      at: f.at,
      time: f.time,
      channel: f.channel,
      visitStatus: reviewOf.get(f.id)?.status ?? null,
      summary: f.summary,
    })),
    ...visits
      .filter((v) => !(v.followUpId && reviewOf.get(v.followUpId) === v))
      .map((v) => ({
        kind: 'visit' as const,
        id: v.id,
        customerId: v.customerId,
        customerName: v.customerName,
        at: v.at,
        time: v.time,
        channel: null,
        visitStatus: v.status,
        summary: null,
      })),
  ].sort(byTime)
  const groups = new Map<string, DoneGroup>()
  for (const { customerId, customerName, ...item } of items) {
    const group = groups.get(customerId) ?? { customerId, customerName, items: [] }
    group.items.push(item)
    groups.set(customerId, group)
  }
  return [...groups.values()]
}

/** The follow-ups and visits a check-in counts: every follow-up, and visits that took place. */
export function countDone(groups: readonly DoneGroup[]): { followUps: number; visits: number } {
  const items = groups.flatMap((g) => g.items)
  return {
    followUps: items.filter((i) => i.kind === 'follow_up').length,
    visits: items.filter((i) => i.visitStatus === 'checked_in' || i.visitStatus === 'reviewed').length,
  }
}
