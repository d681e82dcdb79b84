import { z } from 'zod'
import { commissionStatementOf, computeCommission } from '../../app/commission'
import { createAdjustment, deleteAdjustment, listAdjustments } from '../../app/commission-adjustments'
import { createAssignment, deleteAssignment, listAssignments } from '../../app/commission-assignments'
import { createPlan, deletePlan, getPlan, listPlans, updatePlan } from '../../app/commission-plans'
import { IdParamsSchema } from '../../contracts/common'
import {
  AdjustmentListSchema,
  AdjustmentQuerySchema,
  AdjustmentSchema,
  AssignmentListSchema,
  AssignmentQuerySchema,
  AssignmentSchema,
  CommissionQuerySchema,
  CommissionResultSchema,
  CreateAdjustmentSchema,
  CreateAssignmentSchema,
  PlanInputSchema,
  PlanListSchema,
  PlanSchema,
  RepParamsSchema,
  StatementQuerySchema,
  StatementSchema,
} from '../../contracts/commission'
import { ERROR_RESPONSES } from '../error-responses'
import { etag, ifMatchVersion, optionalIfMatchVersion } from '../if-match'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES
const tags = ['commission']

/** Commission (提成): plans, their assignment to reps, adjustments, and the computation with statements. */
export function commissionRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.get(
    '/api/v1/commission',
    {
      schema: {
        tags,
        summary: "Every rep's commission statement for a period (default: this month), and the total",
        querystring: CommissionQuerySchema,
        response: { 200: CommissionResultSchema, ...errors },
      },
    },
    async (request) => computeCommission(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/commission/statements/:repId',
    {
      schema: {
        tags,
        summary: "One rep's statement: each bracket slice, bonus and adjustment, adding up to the total",
        params: RepParamsSchema,
        querystring: StatementQuerySchema,
        response: { 200: StatementSchema, ...errors },
      },
    },
    async (request) => commissionStatementOf(ctxOf(request), request.params.repId, request.query),
  )

  app.get(
    '/api/v1/commission/plans',
    { schema: { tags, summary: 'Commission plans', response: { 200: PlanListSchema, ...errors } } },
    async (request) => listPlans(ctxOf(request)),
  )
  app.post(
    '/api/v1/commission/plans',
    {
      schema: {
        tags,
        summary: 'Create a plan (admin, finance); brackets from 0, contiguous, rates 0–100 %',
        body: PlanInputSchema,
        response: { 201: PlanSchema, ...errors },
      },
    },
    async (request, reply) => {
      const plan = await createPlan(ctxOf(request), request.body)
      return reply.status(201).header('etag', etag(plan.version)).send(plan)
    },
  )
  app.get(
    '/api/v1/commission/plans/:id',
    {
      schema: {
        tags,
        summary: 'One plan',
        params: IdParamsSchema,
        response: { 200: PlanSchema, ...errors },
      },
    },
    async (request, reply) => {
      const plan = await getPlan(ctxOf(request), request.params.id)
      return reply.header('etag', etag(plan.version)).send(plan)
    },
  )
  app.put(
    '/api/v1/commission/plans/:id',
    {
      schema: {
        tags,
        summary: "Replace a plan's rules (admin, finance; If-Match)",
        params: IdParamsSchema,
        body: PlanInputSchema,
        response: { 200: PlanSchema, ...errors },
      },
    },
    async (request, reply) => {
      const plan = await updatePlan(ctxOf(request), request.params.id, ifMatchVersion(request), request.body)
      return reply.header('etag', etag(plan.version)).send(plan)
    },
  )
  app.delete(
    '/api/v1/commission/plans/:id',
    {
      schema: {
        tags,
        summary: 'Delete a plan no assignment uses (admin, finance)',
        params: IdParamsSchema,
        response: { 204: z.null().describe('Deleted'), ...errors },
      },
    },
    async (request, reply) => {
      await deletePlan(ctxOf(request), request.params.id, optionalIfMatchVersion(request))
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/api/v1/commission/assignments',
    {
      schema: {
        tags,
        summary: 'Plan assignments the caller may see; with from/to, those overlapping the period',
        querystring: AssignmentQuerySchema,
        response: { 200: AssignmentListSchema, ...errors },
      },
    },
    async (request) => listAssignments(ctxOf(request), request.query),
  )
  app.post(
    '/api/v1/commission/assignments',
    {
      schema: {
        tags,
        summary: 'Assign a plan to a rep for a period (admin, finance); never overlapping another of theirs',
        body: CreateAssignmentSchema,
        response: { 201: AssignmentSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createAssignment(ctxOf(request), request.body)),
  )
  app.delete(
    '/api/v1/commission/assignments/:id',
    {
      schema: {
        tags,
        summary: 'Remove an assignment (admin, finance)',
        params: IdParamsSchema,
        response: { 204: z.null().describe('Deleted'), ...errors },
      },
    },
    async (request, reply) => {
      await deleteAssignment(ctxOf(request), request.params.id, optionalIfMatchVersion(request))
      return reply.status(204).send(null)
    },
  )

  app.get(
    '/api/v1/commission/adjustments',
    {
      schema: {
        tags,
        summary: 'Adjustments the caller may see; with from/to, those whose period ends in it',
        querystring: AdjustmentQuerySchema,
        response: { 200: AdjustmentListSchema, ...errors },
      },
    },
    async (request) => listAdjustments(ctxOf(request), request.query),
  )
  app.post(
    '/api/v1/commission/adjustments',
    {
      schema: {
        tags,
        summary: 'Record a signed adjustment with its reason (admin, finance)',
        body: CreateAdjustmentSchema,
        response: { 201: AdjustmentSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createAdjustment(ctxOf(request), request.body)),
  )
  app.delete(
    '/api/v1/commission/adjustments/:id',
    {
      schema: {
        tags,
        summary: 'Remove an adjustment (admin, finance)',
        params: IdParamsSchema,
        response: { 204: z.null().describe('Deleted'), ...errors },
      },
    },
    async (request, reply) => {
      await deleteAdjustment(ctxOf(request), request.params.id, optionalIfMatchVersion(request))
      return reply.status(204).send(null)
    },
  )
}
