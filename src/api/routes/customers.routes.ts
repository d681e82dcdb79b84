import { z } from 'zod'
import { LANGS } from '../../core/i18n/lang'
import {
  countCustomers,
  createCustomer,
  customerHistory,
  deleteCustomer,
  getCustomer,
  listCustomers,
  listDeletedCustomers,
  updateCustomer,
} from '../../app/customers'
import { restoreRecord } from '../../app/recycle-bin'
import { exportCustomers } from '../../app/export-customers'
import { IdParamsSchema, InstantSchema } from '../../contracts/common'
import {
  AuditListSchema,
  CountSchema,
  CreateCustomerSchema,
  CustomerFilterSchema,
  CustomerListQuerySchema,
  CustomerListSchema,
  CustomerSchema,
  UpdateCustomerSchema,
} from '../../contracts/customers'
import { etag, ifMatchVersion, optionalIfMatchVersion } from '../if-match'
import { EXPORT_FORMATS, sendTable } from '../send-table'
import type { RequestContextFactory } from '../request-context'
import { ERROR_RESPONSES } from '../error-responses'
import { downloadResponses } from '../download-responses'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES
const tags = ['customers']

const DeletedListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      deletedAt: InstantSchema,
      deletedBy: z.string().nullable(),
      version: z.number().int(),
    }),
  ),
})

export function customerRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.get(
    '/api/v1/customers',
    {
      schema: {
        tags,
        summary:
          'Customers the caller may see: filtered, sorted, one page at a time (pass nextCursor back as cursor)',
        querystring: CustomerListQuerySchema,
        response: { 200: CustomerListSchema, ...errors },
      },
    },
    async (request) => listCustomers(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/customers/count',
    {
      schema: {
        tags,
        summary: 'How many customers the caller may see match the filters',
        querystring: CustomerFilterSchema,
        response: { 200: CountSchema, ...errors },
      },
    },
    async (request) => ({ count: await countCustomers(ctxOf(request), request.query) }),
  )
  for (const format of EXPORT_FORMATS)
    app.get(
      `/api/v1/customers/export.${format}`,
      {
        schema: {
          tags,
          summary: `The customers the caller may see, as ${format.toUpperCase()}, in the caller language`,
          // A download link cannot set Accept-Language, so the web app names its language here.
          querystring: CustomerFilterSchema.extend({ lang: z.enum(LANGS).optional() }),
          response: downloadResponses(
            format === 'csv'
              ? 'text/csv'
              : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            `the customers as ${format.toUpperCase()}`,
          ),
        },
      },
      async (request, reply) => {
        const { lang, ...filter } = request.query
        const ctx = { ...ctxOf(request), ...(lang ? { lang } : {}) }
        return sendTable(reply, await exportCustomers(ctx, filter), format, 'customers')
      },
    )
  app.get(
    '/api/v1/customers/deleted',
    { schema: { tags, summary: 'The recycle bin (admin)', response: { 200: DeletedListSchema, ...errors } } },
    async (request) => listDeletedCustomers(ctxOf(request)),
  )
  app.post(
    '/api/v1/customers',
    {
      schema: {
        tags,
        summary: 'Create a customer (a rep owns what they create)',
        body: CreateCustomerSchema,
        response: { 201: CustomerSchema, ...errors },
      },
    },
    async (request, reply) => {
      const customer = await createCustomer(ctxOf(request), request.body)
      return reply.status(201).header('etag', etag(customer.version)).send(customer)
    },
  )
  app.get(
    '/api/v1/customers/:id',
    {
      schema: {
        tags,
        summary: 'One customer with its contacts; ETag is its version',
        params: IdParamsSchema,
        response: { 200: CustomerSchema, ...errors },
      },
    },
    async (request, reply) => {
      const customer = await getCustomer(ctxOf(request), request.params.id)
      return reply.header('etag', etag(customer.version)).send(customer)
    },
  )
  app.patch(
    '/api/v1/customers/:id',
    {
      schema: {
        tags,
        summary: 'Change the fields sent. Needs If-Match with the version read; 412 if someone saved first.',
        params: IdParamsSchema,
        body: UpdateCustomerSchema,
        response: { 200: CustomerSchema, ...errors },
      },
    },
    async (request, reply) => {
      const customer = await updateCustomer(
        ctxOf(request),
        request.params.id,
        ifMatchVersion(request),
        request.body,
      )
      return reply.header('etag', etag(customer.version)).send(customer)
    },
  )
  app.delete(
    '/api/v1/customers/:id',
    {
      schema: {
        tags,
        summary: 'Move a customer to the recycle bin',
        params: IdParamsSchema,
        response: { 204: z.null().describe('Deleted'), ...errors },
      },
    },
    async (request, reply) => {
      await deleteCustomer(ctxOf(request), request.params.id, optionalIfMatchVersion(request))
      return reply.status(204).send(null)
    },
  )
  app.post(
    '/api/v1/customers/:id/restore',
    {
      schema: {
        tags,
        summary:
          'Restore a customer from the recycle bin (admins only): POST /api/v1/recycle-bin/customer/{id}/restore, answering the customer',
        params: IdParamsSchema,
        response: { 200: CustomerSchema, ...errors },
      },
    },
    async (request) => {
      // An alias of the recycle bin's restore (its 90 days, its roles), kept for existing clients.
      await restoreRecord(ctxOf(request), 'customer', request.params.id)
      return getCustomer(ctxOf(request), request.params.id)
    },
  )
  app.get(
    '/api/v1/customers/:id/history',
    {
      schema: {
        tags,
        summary: "The customer's audit log: who changed what, when, before → after",
        params: IdParamsSchema,
        response: { 200: AuditListSchema, ...errors },
      },
    },
    async (request) => customerHistory(ctxOf(request), request.params.id),
  )
}
