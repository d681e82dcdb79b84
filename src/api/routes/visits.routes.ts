import { listActions, finishAction, reviewVisit } from '../../app/visit-review'
import { visitBrief } from '../../app/visit-brief'
import { visitMetricsReport } from '../../app/visit-metrics'
import { sweepMissedVisits } from '../../app/visit-sweep'
import {
  cancelVisit,
  carriedFor,
  checkInVisit,
  getVisit,
  listVisits,
  planVisit,
  updateVisit,
} from '../../app/visits'
import { requireActor } from '../../app/require-actor'
import { IdParamsSchema } from '../../contracts/common'
import {
  ActionDoneSchema,
  ActionListQuerySchema,
  ActionListSchema,
  CancelVisitSchema,
  CarriedQuerySchema,
  CarriedSchema,
  CheckInSchema,
  PlanVisitSchema,
  ReviewVisitSchema,
  UpdateVisitSchema,
  VisitActionSchema,
  VisitBriefSchema,
  VisitListQuerySchema,
  VisitListSchema,
  VisitMetricsQuerySchema,
  VisitMetricsSchema,
  VisitSchema,
  VisitSweepSchema,
} from '../../contracts/visits'
import { ERROR_RESPONSES } from '../error-responses'
import { etag, optionalIfMatchVersion } from '../if-match'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES
const tags = ['visits']

/** Visits: plan → check-in → review (DOMAIN.md "Visits"), improvement actions and the metrics. */
export function visitRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.post(
    '/api/v1/visits',
    {
      schema: {
        tags,
        summary:
          'Plan a visit (objectives, objections, FAB items with a benefit each, materials, why this time)',
        body: PlanVisitSchema,
        response: { 201: VisitSchema, ...errors },
      },
    },
    async (request, reply) => {
      const visit = await planVisit(ctxOf(request), request.body)
      return reply.status(201).header('etag', etag(visit.version)).send(visit)
    },
  )
  app.get(
    '/api/v1/visits',
    {
      schema: {
        tags,
        summary: 'Visits of the reps the caller may see (upcoming soonest first, else latest first)',
        querystring: VisitListQuerySchema,
        response: { 200: VisitListSchema, ...errors },
      },
    },
    async (request) => listVisits(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/visits/metrics',
    {
      schema: {
        tags,
        summary:
          'Objectives achieved / planned, reviews within 24 h, improvement actions done on time, per rep and team',
        querystring: VisitMetricsQuerySchema,
        response: { 200: VisitMetricsSchema, ...errors },
      },
    },
    async (request) => visitMetricsReport(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/visits/actions',
    {
      schema: {
        tags,
        summary: 'Improvement actions of the reps the caller may see, due first',
        querystring: ActionListQuerySchema,
        response: { 200: ActionListSchema, ...errors },
      },
    },
    async (request) => listActions(ctxOf(request), request.query),
  )
  app.post(
    '/api/v1/visits/actions/:id/done',
    {
      schema: {
        tags,
        summary: 'Mark an improvement action done (today unless doneOn is given)',
        params: IdParamsSchema,
        body: ActionDoneSchema,
        response: { 200: VisitActionSchema, ...errors },
      },
    },
    async (request) => finishAction(ctxOf(request), request.params.id, request.body.doneOn),
  )
  app.get(
    '/api/v1/visits/carried',
    {
      schema: {
        tags,
        summary: "A customer's open improvement actions and unresolved issues: what a new plan carries in",
        querystring: CarriedQuerySchema,
        response: { 200: CarriedSchema, ...errors },
      },
    },
    async (request) => carriedFor(ctxOf(request), request.query.customer),
  )
  app.post(
    '/api/v1/visits/sweep',
    {
      schema: {
        tags,
        summary: 'Mark missed the plans not checked in by their end (admins; the server does it daily)',
        response: { 200: VisitSweepSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = ctxOf(request)
      requireActor(ctx, ['admin'])
      return sweepMissedVisits(ctx)
    },
  )
  app.get(
    '/api/v1/visits/:id',
    {
      schema: {
        tags,
        summary: 'A visit: its plan, check-in and review, and what it carries from earlier visits',
        params: IdParamsSchema,
        response: { 200: VisitSchema, ...errors },
      },
    },
    async (request, reply) => {
      const visit = await getVisit(ctxOf(request), request.params.id)
      return reply.header('etag', etag(visit.version)).send(visit)
    },
  )
  app.get(
    '/api/v1/visits/:id/brief',
    {
      schema: {
        tags,
        summary:
          'The one-page brief: the customer’s preferences, last follow-ups, receivable, open issues, the plan',
        params: IdParamsSchema,
        response: { 200: VisitBriefSchema, ...errors },
      },
    },
    async (request) => visitBrief(ctxOf(request), request.params.id),
  )
  app.put(
    '/api/v1/visits/:id',
    {
      schema: {
        tags,
        summary: 'Change a plan (while planned); If-Match guards against lost updates',
        params: IdParamsSchema,
        body: UpdateVisitSchema,
        response: { 200: VisitSchema, ...errors },
      },
    },
    async (request, reply) => {
      const visit = await updateVisit(
        ctxOf(request),
        request.params.id,
        request.body,
        optionalIfMatchVersion(request),
      )
      return reply.header('etag', etag(visit.version)).send(visit)
    },
  )
  app.post(
    '/api/v1/visits/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a plan (while planned)',
        params: IdParamsSchema,
        body: CancelVisitSchema,
        response: { 200: VisitSchema, ...errors },
      },
    },
    async (request, reply) => {
      const visit = await cancelVisit(
        ctxOf(request),
        request.params.id,
        request.body.reason,
        optionalIfMatchVersion(request),
      )
      return reply.header('etag', etag(visit.version)).send(visit)
    },
  )
  app.post(
    '/api/v1/visits/:id/check-in',
    {
      schema: {
        tags,
        summary: 'Check in: the actual start (now unless given) and place; refused unless planned',
        params: IdParamsSchema,
        body: CheckInSchema,
        response: { 200: VisitSchema, ...errors },
      },
    },
    async (request, reply) => {
      const visit = await checkInVisit(
        ctxOf(request),
        request.params.id,
        request.body,
        optionalIfMatchVersion(request),
      )
      return reply.header('etag', etag(visit.version)).send(visit)
    },
  )
  app.post(
    '/api/v1/visits/:id/review',
    {
      schema: {
        tags,
        summary: 'Write the review; creates the follow-up record in the same transaction',
        params: IdParamsSchema,
        body: ReviewVisitSchema,
        response: { 200: VisitSchema, ...errors },
      },
    },
    async (request, reply) => {
      const visit = await reviewVisit(
        ctxOf(request),
        request.params.id,
        request.body,
        optionalIfMatchVersion(request),
      )
      return reply.header('etag', etag(visit.version)).send(visit)
    },
  )
}
