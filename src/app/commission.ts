import { groupBy } from '../core/lists/group-by'
import { AppError } from '../core/app-error'
import { inScope } from '../core/access/customer-access'
import { OWNER_ROLES, type Role } from '../core/access/roles'
import {
  commissionStatement,
  type Statement as CoreStatement,
  type StatementPlan,
} from '../core/commission/commission-statement'
import { listAdjustmentRows, listAssignmentRows } from '../db/commission-assignments.repo'
import { collectionsByRepDay, firstOrdersByRep } from '../db/commission-figures.repo'
import { listPlanRows } from '../db/commission-plans.repo'
import { listUsers } from '../db/users.repo'
import type { CommissionResult, CommissionTotals, Statement } from '../contracts/commission'
import { commissionScope } from './commission-scope'
import type { AppContext } from './context'
import { periodOf } from './period'

type Period = { from: string; to: string }
type FirstOrders = Awaited<ReturnType<typeof firstOrdersByRep>>

const group = <T extends { repId: string }>(rows: readonly T[]) => groupBy(rows, (r) => r.repId)

const toDto = (repId: string, repName: string, s: CoreStatement): Statement => ({
  repId,
  repName,
  from: s.from,
  to: s.to,
  collected: s.collectedMinor,
  segments: s.segments.map((g) => ({
    assignmentId: g.assignmentId,
    planId: g.planId,
    planName: g.planName,
    mode: g.mode,
    from: g.from,
    to: g.to,
    collected: g.collectedMinor,
    assignedFrom: g.assignedFrom,
    collectedBefore: g.collectedBeforeMinor,
  })),
  uncovered: s.uncovered.map((u) => ({ from: u.from, to: u.to, collected: u.collectedMinor })),
  lines: s.lines.map((l) => {
    switch (l.kind) {
      case 'bracket':
        return {
          kind: l.kind,
          segment: l.segment,
          bracket: l.bracketIndex + 1,
          bracketFrom: l.fromMinor,
          bracketTo: l.toMinor,
          base: l.baseMinor,
          rateBp: l.rateBp,
          amount: l.amountMinor,
        }
      case 'bonus':
        return {
          kind: l.kind,
          segment: l.segment,
          customerId: l.customerId,
          customerName: l.customerName,
          orderId: l.orderId,
          orderNumber: l.orderNumber,
          orderDate: l.orderDate,
          orderAmount: l.orderAmountMinor,
          amount: l.amountMinor,
        }
      case 'earlier':
        return {
          kind: l.kind,
          segment: l.segment,
          from: l.from,
          to: l.to,
          base: l.baseMinor,
          amount: l.amountMinor,
        }
      case 'adjustment':
        return {
          kind: l.kind,
          adjustmentId: l.adjustmentId,
          from: l.from,
          to: l.to,
          reason: l.reason,
          amount: l.amountMinor,
        }
    }
  }),
  unpaid: s.unpaid.map((u) => ({
    customerId: u.customerId,
    customerName: u.customerName,
    orderId: u.orderId,
    orderNumber: u.orderNumber,
    orderDate: u.orderDate,
    orderAmount: u.orderAmountMinor,
    reason: u.reason,
    minimum: u.minimumMinor,
  })),
  bracketTotal: s.bracketMinor,
  bonusTotal: s.bonusMinor,
  adjustmentTotal: s.adjustmentMinor,
  total: s.totalMinor,
})

/**
 * The statements of a period for the reps in the reader's scope (or those of `repIds` among them):
 * everyone who collects (active reps and managers), and anyone else in scope with a plan,
 * collections or an adjustment in the period. Read in a handful of grouped queries, whatever the
 * number of reps; the arithmetic is core/commission/commission-statement.ts.
 */
async function statements(
  ctx: AppContext,
  period: Period,
  repIds?: readonly string[],
  readFirsts?: FirstOrders | Promise<FirstOrders>,
): Promise<Statement[]> {
  const scope = await commissionScope(ctx)
  const users = (await listUsers(ctx.db)).filter(
    (u) => inScope(scope, u.id) && (!repIds || repIds.includes(u.id)),
  )
  const ids = users.map((u) => u.id)
  const assignments = await listAssignmentRows(ctx.db, { scope: { kind: 'all' }, repIds: ids, ...period })
  // The brackets count an assignment's collections from its first day (core: commissionStatement).
  const collectedFrom = assignments.reduce((min, a) => (a.periodFrom < min ? a.periodFrom : min), period.from)
  const [collections, firsts, adjustments] = await Promise.all([
    collectionsByRepDay(ctx.db, { repIds: ids, from: collectedFrom, to: period.to }),
    readFirsts ?? firstOrdersByRep(ctx.db, { repIds: ids, ...period }),
    listAdjustmentRows(ctx.db, { scope: { kind: 'all' }, repIds: ids, ...period }),
  ])
  const plans = new Map(
    (await listPlanRows(ctx.db, [...new Set(assignments.map((a) => a.planId))])).map(
      (p): [string, StatementPlan] => [
        p.id,
        {
          id: p.id,
          name: p.name,
          mode: p.mode,
          brackets: p.brackets,
          newCustomerBonusMinor: p.newCustomerBonusMinor,
          bonusMinOrderMinor: p.bonusMinOrderMinor,
        },
      ],
    ),
  )
  const byRep = {
    assignments: group(assignments),
    collections: group(collections),
    firsts: group(firsts),
    adjustments: group(adjustments),
  }
  const active = (id: string) =>
    byRep.assignments.has(id) ||
    byRep.collections.has(id) ||
    byRep.adjustments.has(id) ||
    byRep.firsts.has(id)
  return users
    .filter((u) => repIds || (!u.disabled && OWNER_ROLES.includes(u.role as Role)) || active(u.id))
    .map((u) =>
      toDto(
        u.id,
        u.name,
        commissionStatement({
          period,
          assignments: (byRep.assignments.get(u.id) ?? []).map((a) => ({
            id: a.id,
            from: a.periodFrom,
            to: a.periodTo,
            plan: plans.get(a.planId) as StatementPlan,
          })),
          collections: byRep.collections.get(u.id) ?? [],
          newCustomers: byRep.firsts.get(u.id) ?? [],
          adjustments: (byRep.adjustments.get(u.id) ?? []).map((a) => ({
            id: a.id,
            from: a.periodFrom,
            to: a.periodTo,
            reason: a.reason,
            amountMinor: a.amountMinor,
          })),
        }),
      ),
    )
}

/** `GET /commission`, `abacus commission`: every rep's statement for the period, and the sum. */
export async function computeCommission(
  ctx: AppContext,
  query: { from?: string; to?: string; rep?: string },
): Promise<CommissionResult> {
  const { from, to } = periodOf(ctx, query)
  const reps = await statements(ctx, { from, to }, query.rep ? [query.rep] : undefined)
  if (query.rep && reps.length === 0) throw new AppError('not_found')
  return { from, to, reps, total: reps.reduce((sum, r) => sum + r.total, 0) }
}

/** One rep's statement, line by line; 404 outside the reader's scope (indistinguishable from absent). */
export async function commissionStatementOf(
  ctx: AppContext,
  repId: string,
  query: { from?: string; to?: string },
): Promise<Statement> {
  const { from, to } = periodOf(ctx, query)
  const [statement] = await statements(ctx, { from, to }, [repId])
  if (!statement) throw new AppError('not_found')
  return statement
}

/**
 * Commission per rep for a period, for other features (the team table): the same statements,
 * reduced to their totals. `repIds` narrows the reader's scope, never widens it. A caller that has
 * already read the period's first orders of those reps (firstOrdersByRep) passes them in `firsts`
 * rather than have them read twice.
 */
export async function commissionTotals(
  ctx: AppContext,
  options: {
    from: string
    to: string
    repIds?: readonly string[]
    /** The new customers' first orders, when already asked for (the team table reads them once). */
    firsts?: FirstOrders | Promise<FirstOrders>
  },
): Promise<CommissionTotals[]> {
  const { from, to } = periodOf(ctx, options)
  return (await statements(ctx, { from, to }, options.repIds, options.firsts)).map((s) => ({
    repId: s.repId,
    repName: s.repName,
    collected: s.collected,
    bracketTotal: s.bracketTotal,
    bonusTotal: s.bonusTotal,
    adjustmentTotal: s.adjustmentTotal,
    total: s.total,
  }))
}
