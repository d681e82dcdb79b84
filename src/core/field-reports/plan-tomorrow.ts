import type { Tier } from '../follow-ups/tier'

type Timed = { id: string; customerId: string; customerName: string; start: string; end: string }

/** A customer on tomorrow's agenda (due or overdue), in the agenda's order. */
export type DueCustomer = { customerId: string; customerName: string; tier: Tier; overdue: boolean }

export type PlanItem = {
  kind: 'visit' | 'planned_follow_up' | 'due'
  id: string | null
  customerId: string
  customerName: string
  /** Local `HH:MM`, for visits and planned slots. */
  start: string | null
  end: string | null
  tier: Tier | null
  overdue: boolean
}

const KIND_ORDER = { visit: 0, planned_follow_up: 1, due: 2 } as const

/**
 * Tomorrow's plan for the daily check-in (日報, DOMAIN.md "Reports from the field"): the planned
 * visits and the planned follow-up slots by time, then the customers the agenda has due and not
 * already planned, in the agenda's order (overdue first, A before B before C). A slot for a customer
 * with a visit that day is the same appointment: the visit stands for it.
 */
export function planTomorrow(
  visits: readonly Timed[],
  slots: readonly Timed[],
  due: readonly DueCustomer[],
): PlanItem[] {
  const visited = new Set(visits.map((v) => v.customerId))
  const timed: PlanItem[] = [
    ...visits.map((v) => ({ kind: 'visit' as const, ...v })),
    ...slots
      .filter((s) => !visited.has(s.customerId))
      .map((s) => ({ kind: 'planned_follow_up' as const, ...s })),
  ]
    .map((t) => ({ ...t, tier: null, overdue: false }))
    .sort(
      (a, b) =>
        (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
  const planned = new Set(timed.map((t) => t.customerId))
  const untimed: PlanItem[] = []
  for (const d of due) {
    if (planned.has(d.customerId)) continue
    planned.add(d.customerId)
    untimed.push({ kind: 'due', id: null, start: null, end: null, ...d })
  }
  return [...timed, ...untimed]
}
