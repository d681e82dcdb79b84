import { daysBetween, type LocalDate } from '../dates/local-date'
import { isOverdue, nextDue, type CadenceState } from './next-due'
import { effectiveTier, type Tier } from './tier'

export type AgendaCustomer = CadenceState & {
  id: string
  name: string
  computedTier: Tier
  override: { tier: Tier | null; until: LocalDate | null }
}

export type AgendaItem = {
  id: string
  name: string
  tier: Tier
  computedTier: Tier
  lastFollowUpOn: LocalDate | null
  nextDue: LocalDate
  overdue: boolean
  daysOverdue: number
}

/** One collator for every comparison: `localeCompare` with a locale builds one per call (slow). */
const byName = new Intl.Collator('zh-Hant').compare

/**
 * A rep's agenda for a day (DOMAIN.md; issue 4): the customers due on or before it — overdue first,
 * then due that day; within each, A before B before C, then the longest overdue, then by name.
 */
export function agendaFor(
  customers: readonly AgendaCustomer[],
  day: LocalDate,
  intervals: Record<Tier, number>,
): AgendaItem[] {
  const items: AgendaItem[] = []
  for (const c of customers) {
    const tier = effectiveTier(c.computedTier, c.override, day)
    const due = nextDue({ ...c, tier }, intervals)
    if (due === null || due > day) continue
    items.push({
      id: c.id,
      name: c.name,
      tier,
      computedTier: c.computedTier,
      lastFollowUpOn: c.lastFollowUpOn,
      nextDue: due,
      overdue: isOverdue(due, day),
      daysOverdue: Math.max(0, daysBetween(due, day)),
    })
  }
  return items.sort(
    (a, b) =>
      Number(b.overdue) - Number(a.overdue) ||
      a.tier.localeCompare(b.tier) ||
      (a.nextDue < b.nextDue ? -1 : a.nextDue > b.nextDue ? 1 : 0) ||
      byName(a.name, b.name) ||
      (a.id < b.id ? -1 : 1),
  )
}
