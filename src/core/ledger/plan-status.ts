import type { LocalDate } from '../dates/local-date'

export type Plan = { id: string; dueOn: LocalDate; amountMinor: number }
export type PlanStatus = { id: string; outstandingMinor: number; overdue: boolean }

/**
 * Which collection plans (回款計劃) of one customer are still open: the customer's collections
 * cover its plans in due-date order (first due, first paid), whichever order they name. A plan is
 * overdue when something is still outstanding after its due date (`today` in the org's time zone).
 */
export function planStatuses(plans: readonly Plan[], collectedMinor: number, today: LocalDate): PlanStatus[] {
  let left = collectedMinor
  return [...plans]
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.id < b.id ? -1 : 1))
    .map((plan) => {
      const covered = Math.min(plan.amountMinor, Math.max(left, 0))
      left -= covered
      const outstandingMinor = plan.amountMinor - covered
      return { id: plan.id, outstandingMinor, overdue: outstandingMinor > 0 && plan.dueOn < today }
    })
}
