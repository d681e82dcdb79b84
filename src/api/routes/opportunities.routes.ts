import { opportunityBoard, listOpportunities } from '../../app/opportunity-board'
import {
  createOpportunity,
  getOpportunity,
  moveOpportunity,
  updateOpportunity,
} from '../../app/opportunities'
import { winLossAnalysis } from '../../app/win-loss'
import { IdParamsSchema } from '../../contracts/common'
import {
  BoardQuerySchema,
  BoardSchema,
  CreateOpportunitySchema,
  MoveOpportunitySchema,
  OpportunityDetailSchema,
  OpportunityListQuerySchema,
  OpportunityListSchema,
  OpportunitySchema,
  UpdateOpportunitySchema,
  WinLossQuerySchema,
  WinLossSchema,
} from '../../contracts/opportunities'
import { ERROR_RESPONSES } from '../error-responses'
import { etag, ifMatchVersion } from '../if-match'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES
const tags = ['opportunities']

/** Opportunities (商機) through the three hurdles: person → platform → money → won | lost. */
export function opportunityRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.get(
    '/api/v1/opportunities',
    {
      schema: {
        tags,
        summary: 'Opportunities the caller may see, soonest expected close first',
        querystring: OpportunityListQuerySchema,
        response: { 200: OpportunityListSchema, ...errors },
      },
    },
    async (request) => listOpportunities(ctxOf(request), request.query),
  )
  app.post(
    '/api/v1/opportunities',
    {
      schema: {
        tags,
        summary: 'Open an opportunity for a customer',
        body: CreateOpportunitySchema,
        response: { 201: OpportunitySchema, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createOpportunity(ctxOf(request), request.body)
      return reply.status(201).header('etag', etag(created.version)).send(created)
    },
  )
  app.get(
    '/api/v1/opportunities/board',
    {
      schema: {
        tags,
        summary: 'The board: per stage a count, a total and the first cards; period = closes in',
        querystring: BoardQuerySchema,
        response: { 200: BoardSchema, ...errors },
      },
    },
    async (request) => opportunityBoard(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/opportunities/analysis',
    {
      schema: {
        tags,
        summary: 'Win/loss of opportunities closed in a period: by stage, lost reason, rep and month',
        querystring: WinLossQuerySchema,
        response: { 200: WinLossSchema, ...errors },
      },
    },
    async (request) => winLossAnalysis(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/opportunities/:id',
    {
      schema: {
        tags,
        summary: 'One opportunity with its stage history',
        params: IdParamsSchema,
        response: { 200: OpportunityDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const found = await getOpportunity(ctxOf(request), request.params.id)
      return reply.header('etag', etag(found.version)).send(found)
    },
  )
  app.patch(
    '/api/v1/opportunities/:id',
    {
      schema: {
        tags,
        summary: 'Change an open opportunity (If-Match)',
        params: IdParamsSchema,
        body: UpdateOpportunitySchema,
        response: { 200: OpportunitySchema, ...errors },
      },
    },
    async (request, reply) => {
      const saved = await updateOpportunity(
        ctxOf(request),
        request.params.id,
        ifMatchVersion(request),
        request.body,
      )
      return reply.header('etag', etag(saved.version)).send(saved)
    },
  )
  app.post(
    '/api/v1/opportunities/:id/move',
    {
      schema: {
        tags,
        summary:
          'Move to a stage: forward, back, won, or lost with a reason; a closed one only reopened by a manager or admin (If-Match)',
        params: IdParamsSchema,
        body: MoveOpportunitySchema,
        response: { 200: OpportunitySchema, ...errors },
      },
    },
    async (request, reply) => {
      const moved = await moveOpportunity(
        ctxOf(request),
        request.params.id,
        ifMatchVersion(request),
        request.body,
      )
      return reply.header('etag', etag(moved.version)).send(moved)
    },
  )
}
