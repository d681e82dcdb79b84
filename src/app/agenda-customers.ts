import { agendaFor, type AgendaCustomer, type AgendaItem } from '../core/follow-ups/agenda-order'
import type { Tier } from '../core/follow-ups/tier'
import type { cadenceOfOwners } from '../db/team-monitor.repo'
import { tierOf } from './coverage'

type CadenceRow = Awaited<ReturnType<typeof cadenceOfOwners>>[number]

type CadenceFields = Pick<
  CadenceRow,
  | 'id'
  | 'name'
  | 'tier'
  | 'tier_override'
  | 'tier_override_until'
  | 'last_follow_up_on'
  | 'next_follow_up_on'
  | 'assigned_at'
>

/** A customer's cadence state as the agenda reads it (app/agenda.ts). */
export const toAgendaCustomer = (c: CadenceFields): AgendaCustomer => ({
  id: c.id,
  name: c.name,
  computedTier: tierOf(c.tier) ?? 'C',
  tier: tierOf(c.tier) ?? 'C',
  override: { tier: tierOf(c.tier_override), until: c.tier_override_until },
  lastFollowUpOn: c.last_follow_up_on,
  nextFollowUpOn: c.next_follow_up_on,
  assignedOn: c.assigned_at ? c.assigned_at.slice(0, 10) : null,
})

/** The customers overdue today by the agenda's rule (overdue first, A before B before C). */
export function overdueToday(cadence: readonly CadenceRow[], today: string, intervals: Record<Tier, number>) {
  const owner = new Map(cadence.map((c) => [c.id, c.owner_id as string]))
  return agendaFor(cadence.map(toAgendaCustomer), today, intervals)
    .filter((i) => i.overdue)
    .map((i): AgendaItem & { ownerId: string } => ({ ...i, ownerId: owner.get(i.id) as string }))
}
