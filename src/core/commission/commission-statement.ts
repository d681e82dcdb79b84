import { addDays, type LocalDate } from '../dates/local-date'
import { bracketLines, type BracketLine } from './bracket-lines'
import type { PlanRules } from './commission-plan'
import { planSegments, type Assigned, type Period } from './plan-segments'

export type StatementPlan = PlanRules & { id: string; name: string }

/** A new customer credited to the rep: the customer's first confirmed order ever, in the period. */
export type NewCustomer = {
  customerId: string
  customerName: string
  orderId: string
  orderNumber: string
  orderDate: LocalDate
  orderAmountMinor: number
}

export type Adjustment = Period & { id: string; reason: string; amountMinor: number }

export type StatementInput = {
  period: Period
  assignments: readonly Assigned<StatementPlan>[]
  /**
   * Collections credited to the rep (src/app/collections.ts), summed per day, from the first day of
   * the earliest assignment that reaches into the period (or the period's first day, if earlier).
   */
  collections: readonly { on: LocalDate; amountMinor: number }[]
  newCustomers: readonly NewCustomer[]
  adjustments: readonly Adjustment[]
}

export type StatementSegment = Period & {
  assignmentId: string
  planId: string
  planName: string
  mode: StatementPlan['mode']
  collectedMinor: number
  /** The assignment's first day, and what was collected under it before this segment. */
  assignedFrom: LocalDate
  collectedBeforeMinor: number
}

export type StatementLine =
  | ({ kind: 'bracket'; segment: number } & BracketLine)
  /** What the brackets paid on the assignment's collections before the segment, taken off. */
  | {
      kind: 'earlier'
      segment: number
      from: LocalDate
      to: LocalDate
      baseMinor: number
      amountMinor: number
    }
  | ({ kind: 'bonus'; segment: number; amountMinor: number } & NewCustomer)
  | {
      kind: 'adjustment'
      adjustmentId: string
      from: LocalDate
      to: LocalDate
      reason: string
      amountMinor: number
    }

/** A new customer that earned no bonus, and why: no plan on its order's day, or below the minimum. */
export type UnpaidNewCustomer = NewCustomer & {
  reason: 'no_plan' | 'below_minimum'
  minimumMinor: number | null
}

export type Statement = Period & {
  collectedMinor: number
  segments: StatementSegment[]
  uncovered: (Period & { collectedMinor: number })[]
  lines: StatementLine[]
  unpaid: UnpaidNewCustomer[]
  /** The bracket lines less the earlier ones. */
  bracketMinor: number
  bonusMinor: number
  adjustmentMinor: number
  /** The sum of the lines: each line is rounded first (rate-amount.ts), then they are added. */
  totalMinor: number
}

const within = (on: LocalDate, p: Period) => on >= p.from && on <= p.to

/**
 * One rep's commission for a period, line by line (DOMAIN.md "Commission": every result comes with
 * the arithmetic). For each assignment's days in the period: the brackets, and a bonus for each new
 * customer whose first order falls in those days (at least the plan's minimum, when it has one).
 *
 * The brackets count the assignment's collections, not the statement's: a plan assigned for a year
 * reaches its upper brackets on the year's collections, whether the statement is for the year or a
 * month of it. So a segment pays the brackets on everything collected under the assignment up to
 * its last day, less what they paid on the days before the segment (an `earlier` line) — and the
 * statements of consecutive months add up to the statement of the whole assignment, exactly.
 * Then each adjustment whose period ENDS in this period — so over
 * consecutive periods (months, quarters) an adjustment is counted exactly once.
 */
export function commissionStatement(input: StatementInput): Statement {
  const { period } = input
  const { segments, uncovered } = planSegments(period, input.assignments)
  const collected = (p: Period) =>
    input.collections.reduce((sum, c) => (within(c.on, p) ? sum + c.amountMinor : sum), 0)
  const lines: StatementLine[] = []
  const unpaid: UnpaidNewCustomer[] = []
  const statementSegments = segments.map((s, index): StatementSegment => {
    const collectedMinor = collected(s)
    const before = { from: s.assignedFrom, to: addDays(s.from, -1) }
    const collectedBeforeMinor = s.assignedFrom < s.from ? collected(before) : 0
    const brackets = (amount: number) => bracketLines(s.plan.mode, s.plan.brackets, amount)
    for (const b of brackets(collectedBeforeMinor + collectedMinor))
      lines.push({ kind: 'bracket', segment: index, ...b })
    if (collectedBeforeMinor !== 0)
      lines.push({
        kind: 'earlier',
        segment: index,
        ...before,
        baseMinor: collectedBeforeMinor,
        amountMinor: -brackets(collectedBeforeMinor).reduce((sum, b) => sum + b.amountMinor, 0),
      })
    return {
      from: s.from,
      to: s.to,
      assignmentId: s.assignmentId,
      planId: s.plan.id,
      planName: s.plan.name,
      mode: s.plan.mode,
      collectedMinor,
      assignedFrom: s.assignedFrom,
      collectedBeforeMinor,
    }
  })
  const byDate = [...input.newCustomers]
    .filter((c) => within(c.orderDate, period))
    .sort((a, b) => a.orderDate.localeCompare(b.orderDate) || a.customerName.localeCompare(b.customerName))
  for (const customer of byDate) {
    const index = segments.findIndex((s) => within(customer.orderDate, s))
    const plan = segments[index]?.plan
    if (!plan) unpaid.push({ ...customer, reason: 'no_plan', minimumMinor: null })
    else if (plan.newCustomerBonusMinor <= 0) continue
    else if (plan.bonusMinOrderMinor !== null && customer.orderAmountMinor < plan.bonusMinOrderMinor)
      unpaid.push({ ...customer, reason: 'below_minimum', minimumMinor: plan.bonusMinOrderMinor })
    else lines.push({ kind: 'bonus', segment: index, ...customer, amountMinor: plan.newCustomerBonusMinor })
  }
  for (const a of input.adjustments)
    if (within(a.to, period))
      lines.push({
        kind: 'adjustment',
        adjustmentId: a.id,
        from: a.from,
        to: a.to,
        reason: a.reason,
        amountMinor: a.amountMinor,
      })
  const sum = (kind: StatementLine['kind']) =>
    lines.reduce((total, l) => (l.kind === kind ? total + l.amountMinor : total), 0)
  const bracketMinor = sum('bracket') + sum('earlier')
  const bonusMinor = sum('bonus')
  const adjustmentMinor = sum('adjustment')
  return {
    from: period.from,
    to: period.to,
    collectedMinor: collected(period),
    segments: statementSegments,
    uncovered: uncovered.map((u) => ({ ...u, collectedMinor: collected(u) })),
    lines,
    unpaid,
    bracketMinor,
    bonusMinor,
    adjustmentMinor,
    totalMinor: bracketMinor + bonusMinor + adjustmentMinor,
  }
}
