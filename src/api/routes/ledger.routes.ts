import { z } from 'zod'
import { createCollection, listCollections, listReceivables } from '../../app/collections'
import { exportLedger, LEDGER_EXPORTS } from '../../app/export-ledger'
import { LANGS } from '../../core/i18n/lang'
import { createCollectionPlan, listCollectionPlans, overdueByRep } from '../../app/collection-plans'
import { createOrder, getOrder, listOrders, updateOrder } from '../../app/orders'
import { IdParamsSchema } from '../../contracts/common'
import {
  CollectionListSchema,
  CollectionPlanListSchema,
  CollectionPlanQuerySchema,
  CollectionPlanSchema,
  CreateCollectionPlanSchema,
  OverdueByRepSchema,
  CollectionSchema,
  CreateCollectionSchema,
  CreateOrderSchema,
  LedgerListQuerySchema,
  OrderListSchema,
  OrderSchema,
  ReceivableListSchema,
  ReceivableQuerySchema,
  UpdateOrderSchema,
} from '../../contracts/orders'
import { etag, ifMatchVersion } from '../if-match'
import { EXPORT_FORMATS, sendTable } from '../send-table'
import type { RequestContextFactory } from '../request-context'
import { ERROR_RESPONSES } from '../error-responses'
import { downloadResponses } from '../download-responses'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES

/** Orders (訂單), collections (回款) and receivables (應收款): DOMAIN.md "Orders, collections, expenses". */
export function ledgerRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  for (const what of LEDGER_EXPORTS)
    for (const format of EXPORT_FORMATS)
      app.get(
        `/api/v1/${what}/export.${format}`,
        {
          schema: {
            tags: [what],
            summary: `The ${what} the caller may see, as ${format.toUpperCase()}; ?lang= names the header language`,
            querystring: z.strictObject({ lang: z.enum(LANGS).optional() }),
            response: downloadResponses(
              format === 'csv'
                ? 'text/csv'
                : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
              `the ${what} as ${format.toUpperCase()}`,
            ),
          },
        },
        async (request, reply) => {
          const ctx = { ...ctxOf(request), ...(request.query.lang ? { lang: request.query.lang } : {}) }
          return sendTable(reply, await exportLedger(ctx, what), format, what)
        },
      )
  app.get(
    '/api/v1/orders',
    {
      schema: {
        tags: ['orders'],
        summary: 'Orders the caller may see, newest first',
        querystring: LedgerListQuerySchema,
        response: { 200: OrderListSchema, ...errors },
      },
    },
    async (request) => listOrders(ctxOf(request), request.query),
  )
  app.post(
    '/api/v1/orders',
    {
      schema: {
        tags: ['orders'],
        summary: 'Record an order: lines (quantity × unit price − discount) or a total',
        body: CreateOrderSchema,
        response: { 201: OrderSchema, ...errors },
      },
    },
    async (request, reply) => {
      const order = await createOrder(ctxOf(request), request.body)
      return reply.status(201).header('etag', etag(order.version)).send(order)
    },
  )
  app.get(
    '/api/v1/orders/:id',
    {
      schema: {
        tags: ['orders'],
        summary: 'One order with its lines',
        params: IdParamsSchema,
        response: { 200: OrderSchema, ...errors },
      },
    },
    async (request, reply) => {
      const order = await getOrder(ctxOf(request), request.params.id)
      return reply.header('etag', etag(order.version)).send(order)
    },
  )
  app.patch(
    '/api/v1/orders/:id',
    {
      schema: {
        tags: ['orders'],
        summary: 'Change or cancel an order (If-Match)',
        params: IdParamsSchema,
        body: UpdateOrderSchema,
        response: { 200: OrderSchema, ...errors },
      },
    },
    async (request, reply) => {
      const order = await updateOrder(
        ctxOf(request),
        request.params.id,
        ifMatchVersion(request),
        request.body,
      )
      return reply.header('etag', etag(order.version)).send(order)
    },
  )
  app.get(
    '/api/v1/collections',
    {
      schema: {
        tags: ['collections'],
        summary: 'Collections the caller may see, newest first',
        querystring: LedgerListQuerySchema,
        response: { 200: CollectionListSchema, ...errors },
      },
    },
    async (request) => listCollections(ctxOf(request), request.query),
  )
  app.post(
    '/api/v1/collections',
    {
      schema: {
        tags: ['collections'],
        summary: 'Record a collection (回款), optionally against an order',
        body: CreateCollectionSchema,
        response: { 201: CollectionSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createCollection(ctxOf(request), request.body)),
  )
  app.get(
    '/api/v1/receivables',
    {
      schema: {
        tags: ['collections'],
        summary: 'Receivables = confirmed orders − collections, per customer, order or rep',
        querystring: ReceivableQuerySchema,
        response: { 200: ReceivableListSchema, ...errors },
      },
    },
    async (request) => listReceivables(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/collection-plans',
    {
      schema: {
        tags: ['collections'],
        summary: 'Collection plans with what is outstanding on each; overdue=true for the overdue ones',
        querystring: CollectionPlanQuerySchema,
        response: { 200: CollectionPlanListSchema, ...errors },
      },
    },
    async (request) => ({ items: await listCollectionPlans(ctxOf(request), request.query) }),
  )
  app.post(
    '/api/v1/collection-plans',
    {
      schema: {
        tags: ['collections'],
        summary: 'Plan a collection (回款計劃): amount due by a date',
        body: CreateCollectionPlanSchema,
        response: { 201: CollectionPlanSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCollectionPlan(ctxOf(request), request.body)),
  )
  app.get(
    '/api/v1/collection-plans/overdue-by-rep',
    {
      schema: {
        tags: ['collections'],
        summary: 'Overdue collection plans counted per rep',
        response: { 200: OverdueByRepSchema, ...errors },
      },
    },
    async (request) => overdueByRep(ctxOf(request)),
  )
}
