import { localDateAt } from '../core/dates/local-date'
import { localTimeAt } from '../core/dates/local-time'
import { reviewDeadline } from '../core/visits/review-deadline'
import { effectiveStatus, type ObjectiveKind, type ObjectiveResult } from '../core/visits/visit-status'
import type { Visit, VisitAction, VisitIssue, VisitListItem } from '../contracts/visits'
import { findCustomer } from '../db/customers.repo'
import {
  listActionRows,
  listIssueRows,
  loadPlanParts,
  type VisitActionRecord,
  type VisitListRow,
  type VisitRecord,
} from '../db/visits.repo'
import type { AppContext } from './context'

/** A visit's start and end on the organisation's clock, `HH:MM`. */
export const visitHours = (ctx: AppContext, v: { startsAt: string; endsAt: string }) => ({
  startTime: localTimeAt(new Date(v.startsAt), ctx.config.timeZone),
  endTime: localTimeAt(new Date(v.endsAt), ctx.config.timeZone),
})

const head = (ctx: AppContext, v: VisitRecord) => ({
  id: v.id,
  customerId: v.customerId,
  customerName: v.customerName,
  repId: v.repId,
  repName: v.repName,
  startsAt: v.startsAt,
  endsAt: v.endsAt,
  startsOn: v.startsOn,
  ...visitHours(ctx, v),
  place: v.place,
  status: effectiveStatus(v, ctx.now()),
  checkedInAt: v.checkedInAt,
  reviewedAt: v.reviewedAt,
  followUpId: v.followUpId,
  reviewDueAt: reviewDeadline(v).toISOString(),
  version: v.version,
})

export const toListItem = (ctx: AppContext, v: VisitListRow): VisitListItem => ({
  ...head(ctx, v),
  objectives: v.objectives,
  achieved: v.achieved,
})

export const today = (ctx: AppContext) => localDateAt(ctx.now(), ctx.config.timeZone)

export const toActionDto = (ctx: AppContext, a: VisitActionRecord): VisitAction => ({
  id: a.id,
  visitId: a.visitId,
  customerId: a.customerId,
  customerName: a.customerName,
  repId: a.repId,
  repName: a.repName,
  text: a.text,
  dueOn: a.dueOn,
  doneOn: a.doneOn,
  overdue: a.doneOn === null && a.dueOn < today(ctx),
  version: a.version,
})

/** A visit with its plan, its review, and what it carries from earlier visits to the customer. */
export async function visitDto(ctx: AppContext, v: VisitRecord): Promise<Visit> {
  const into = { id: v.id, startsAt: v.startsAt }
  const [parts, customer, actions, issues, carriedActions, carriedIssues] = await Promise.all([
    loadPlanParts(ctx.db, v.id),
    findCustomer(ctx.db, v.customerId, { includeDeleted: true }),
    listActionRows(ctx.db, { visitId: v.id }),
    listIssueRows(ctx.db, { visitId: v.id }),
    listActionRows(ctx.db, { customerId: v.customerId, carriedInto: into }),
    listIssueRows(ctx.db, { customerId: v.customerId, carriedInto: into }),
  ])
  const contacts = (customer?.contacts ?? [])
    .filter((c) => v.contactIds.includes(c.id))
    .map((c) => ({ id: c.id, name: c.name, title: c.title, phone: c.phone }))
  const issue = (i: (typeof issues)[number]): VisitIssue => ({
    id: i.id,
    visitId: i.visitId,
    raisedOn: i.raisedOn,
    text: i.text,
    resolvedVisitId: i.resolvedVisitId,
    resolvedOn: i.resolvedOn,
    resolution: i.resolution,
  })
  return {
    ...head(ctx, v),
    contacts,
    contactIds: v.contactIds,
    whyThisTime: v.whyThisTime,
    checkInPlace: v.checkInPlace,
    customerView: v.customerView,
    toImprove: v.toImprove,
    cancelledAt: v.cancelledAt,
    cancelReason: v.cancelReason,
    createdAt: v.createdAt,
    updatedAt: v.updatedAt,
    objectives: parts.objectives.map((o) => ({
      id: o.id,
      kind: o.kind as ObjectiveKind,
      text: o.text,
      result: o.result as ObjectiveResult | null,
      reason: o.reason,
    })),
    objections: parts.objections,
    materials: parts.materials,
    fabItems: parts.fabItems,
    actions: actions.map((a) => toActionDto(ctx, a)),
    issues: issues.map(issue),
    carriedActions: carriedActions.map((a) => toActionDto(ctx, a)),
    carriedIssues: carriedIssues.map(issue),
  }
}
