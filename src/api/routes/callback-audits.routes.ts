import {
  auditRatesReport,
  createDraw,
  getDraw,
  listAuditItems,
  listDraws,
  recordResult,
} from '../../app/callback-audits'
import { IdParamsSchema } from '../../contracts/common'
import {
  AuditItemListSchema,
  AuditItemSchema,
  AuditItemsQuerySchema,
  AuditRatesQuerySchema,
  AuditRatesSchema,
  CreateDrawSchema,
  DrawListSchema,
  DrawSchema,
  RecordResultParamsSchema,
  RecordResultSchema,
} from '../../contracts/callback-audits'
import { ERROR_RESPONSES } from '../error-responses'
import { etag, optionalIfMatchVersion } from '../if-match'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES
const tags = ['callback-audits']

/** Callback audits (隨機回訪): draws, the auditor's work list, results and rates — DOMAIN.md "Callback audits". */
export function callbackAuditRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.post(
    '/api/v1/callback-audits/draws',
    {
      schema: {
        tags,
        summary: 'Draw a reproducible sample of what reps recorded in a period (auditor, admin)',
        body: CreateDrawSchema,
        response: { 201: DrawSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createDraw(ctxOf(request), request.body)),
  )
  app.get(
    '/api/v1/callback-audits/draws',
    {
      schema: {
        tags,
        summary: 'Draws, newest first, with how many calls are made',
        response: { 200: DrawListSchema, ...errors },
      },
    },
    async (request) => listDraws(ctxOf(request)),
  )
  app.get(
    '/api/v1/callback-audits/draws/:id',
    {
      schema: {
        tags,
        summary: 'One draw with its line per rep (managers and reps: their own lines)',
        params: IdParamsSchema,
        response: { 200: DrawSchema, ...errors },
      },
    },
    async (request) => getDraw(ctxOf(request), request.params.id),
  )
  app.get(
    '/api/v1/callback-audits/draws/:id/items',
    {
      schema: {
        tags,
        summary:
          "A draw's work list: whom to call and what the rep claimed (managers and reps: recorded results of their own)",
        params: IdParamsSchema,
        response: { 200: AuditItemListSchema, ...errors },
      },
    },
    async (request) => listAuditItems(ctxOf(request), { draw: request.params.id }),
  )
  app.get(
    '/api/v1/callback-audits/items',
    {
      schema: {
        tags,
        summary: 'Sampled items across draws, by draw, rep, or record date',
        querystring: AuditItemsQuerySchema,
        response: { 200: AuditItemListSchema, ...errors },
      },
    },
    async (request) => listAuditItems(ctxOf(request), request.query),
  )
  app.put(
    '/api/v1/callback-audits/draws/:id/results/:recordId',
    {
      schema: {
        tags,
        summary:
          'Record what the call about a sampled record found, or correct it (If-Match: the version corrected)',
        params: RecordResultParamsSchema,
        body: RecordResultSchema,
        response: { 200: AuditItemSchema, ...errors },
      },
    },
    async (request, reply) => {
      const item = await recordResult(
        ctxOf(request),
        request.params.id,
        request.params.recordId,
        request.body,
        optionalIfMatchVersion(request),
      )
      return reply.header('etag', etag(item.version)).send(item)
    },
  )
  app.get(
    '/api/v1/callback-audits/rates',
    {
      schema: {
        tags,
        summary: "Each rep's confirmation rate and satisfaction, of a draw or a period",
        querystring: AuditRatesQuerySchema,
        response: { 200: AuditRatesSchema, ...errors },
      },
    },
    async (request) => auditRatesReport(ctxOf(request), request.query),
  )
}
