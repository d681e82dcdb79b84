import { acceptSlot, dropSlot, moveSlot, proposeWeek, setAsideSlot } from '../../app/schedule'
import { IdParamsSchema } from '../../contracts/common'
import {
  CreateSlotSchema,
  MoveSlotSchema,
  PlannedSlotSchema,
  ScheduleQuerySchema,
  WeekScheduleSchema,
} from '../../contracts/schedule'
import { ERROR_RESPONSES } from '../error-responses'
import { etag, optionalIfMatchVersion } from '../if-match'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES
const tags = ['schedule']

/** Scheduling a rep's week (DOMAIN.md "Follow-up cadence", Scheduling): proposals and planned visits. */
export function scheduleRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.get(
    '/api/v1/schedule',
    {
      schema: {
        tags,
        summary:
          "A rep's week: a slot proposed for every due or overdue customer (A before B before C), what could not be placed and why, and the planned visits",
        querystring: ScheduleQuerySchema,
        response: { 200: WeekScheduleSchema, ...errors },
      },
    },
    async (request) => proposeWeek(ctxOf(request), request.query),
  )
  app.post(
    '/api/v1/schedule/slots',
    {
      schema: {
        tags,
        summary:
          'Accept a slot as a planned visit (it must not overlap another), or with status "dropped" set the customer aside for the week',
        body: CreateSlotSchema,
        response: { 201: PlannedSlotSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request)
      const slot =
        request.body.status === 'dropped'
          ? await setAsideSlot(ctx, request.body)
          : await acceptSlot(ctx, request.body)
      return reply.status(201).header('etag', etag(slot.version)).send(slot)
    },
  )
  app.patch(
    '/api/v1/schedule/slots/:id',
    {
      schema: {
        tags,
        summary:
          'Move a slot to another date or time; a dropped one is planned again there (If-Match optional)',
        params: IdParamsSchema,
        body: MoveSlotSchema,
        response: { 200: PlannedSlotSchema, ...errors },
      },
    },
    async (request, reply) => {
      const slot = await moveSlot(
        ctxOf(request),
        request.params.id,
        request.body,
        optionalIfMatchVersion(request),
      )
      return reply.header('etag', etag(slot.version)).send(slot)
    },
  )
  app.delete(
    '/api/v1/schedule/slots/:id',
    {
      schema: {
        tags,
        summary:
          'Drop a slot: a planned visit is called off, the customer set aside for the week (If-Match optional)',
        params: IdParamsSchema,
        response: { 200: PlannedSlotSchema, ...errors },
      },
    },
    async (request, reply) => {
      const slot = await dropSlot(ctxOf(request), request.params.id, optionalIfMatchVersion(request))
      return reply.header('etag', etag(slot.version)).send(slot)
    },
  )
}
