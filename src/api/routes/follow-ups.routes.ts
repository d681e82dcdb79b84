import { agenda } from '../../app/agenda'
import { createFollowUp, customerTimeline, listFollowUps } from '../../app/follow-ups'
import { loadPolicy, savePolicy } from '../../app/follow-up-policy'
import { requireActor } from '../../app/require-actor'
import { IdParamsSchema } from '../../contracts/common'
import { FollowUpPolicySchema } from '../../contracts/follow-up-policy'
import {
  AgendaQuerySchema,
  AgendaSchema,
  CreateFollowUpSchema,
  FollowUpListQuerySchema,
  FollowUpListSchema,
  FollowUpSchema,
  TimelineQuerySchema,
  TimelineSchema,
} from '../../contracts/follow-ups'
import { ERROR_RESPONSES } from '../error-responses'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES

/** Follow-ups (跟進記錄), a customer's timeline, the agenda and the follow-up rules: DOMAIN.md "Follow-up cadence". */
export function followUpRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.post(
    '/api/v1/follow-ups',
    {
      schema: {
        tags: ['follow-ups'],
        summary: 'Log a follow-up of a customer (now when happenedAt is left out)',
        body: CreateFollowUpSchema,
        response: { 201: FollowUpSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createFollowUp(ctxOf(request), request.body)),
  )
  app.get(
    '/api/v1/follow-ups',
    {
      schema: {
        tags: ['follow-ups'],
        summary: 'Follow-ups of the customers the caller may see, newest first',
        querystring: FollowUpListQuerySchema,
        response: { 200: FollowUpListSchema, ...errors },
      },
    },
    async (request) => listFollowUps(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/customers/:id/timeline',
    {
      schema: {
        tags: ['follow-ups'],
        summary: "A customer's follow-ups, orders and collections together, newest first",
        params: IdParamsSchema,
        querystring: TimelineQuerySchema,
        response: { 200: TimelineSchema, ...errors },
      },
    },
    async (request) => customerTimeline(ctxOf(request), request.params.id, request.query),
  )
  app.get(
    '/api/v1/agenda',
    {
      schema: {
        tags: ['follow-ups'],
        summary: "A rep's agenda for a day: overdue first, then due today, A before B before C",
        querystring: AgendaQuerySchema,
        response: { 200: AgendaSchema, ...errors },
      },
    },
    async (request) => agenda(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/settings/follow-up-policy',
    {
      schema: {
        tags: ['follow-ups'],
        summary: 'The organisation’s ABC, cadence, pool and scheduling rules',
        response: { 200: FollowUpPolicySchema, ...errors },
      },
    },
    async (request) => {
      const ctx = ctxOf(request)
      requireActor(ctx)
      return loadPolicy(ctx)
    },
  )
  app.put(
    '/api/v1/settings/follow-up-policy',
    {
      schema: {
        tags: ['follow-ups'],
        summary: 'Change the follow-up rules (admins)',
        body: FollowUpPolicySchema,
        response: { 200: FollowUpPolicySchema, ...errors },
      },
    },
    async (request) => savePolicy(ctxOf(request), request.body),
  )
}
