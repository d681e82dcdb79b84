import { assignCustomer, claimCustomer, listPool, releaseCustomer } from '../../app/pool'
import { poolFlows, poolHistory, poolWarnings } from '../../app/pool-reports'
import { IdParamsSchema } from '../../contracts/common'
import { CustomerSchema } from '../../contracts/customers'
import {
  AssignBodySchema,
  CustomerIdParamsSchema,
  PoolFlowsQuerySchema,
  PoolFlowsSchema,
  PoolHistorySchema,
  PoolListQuerySchema,
  PoolListSchema,
  PoolWarningsSchema,
  ReleaseBodySchema,
} from '../../contracts/pool'
import { ERROR_RESPONSES } from '../error-responses'
import { etag, optionalIfMatchVersion } from '../if-match'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES
const tags = ['pool']

/** The customer pool (公海): list, claim, assign, release, history, flows per rep, warnings. */
export function poolRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.get(
    '/api/v1/pool',
    {
      schema: {
        tags,
        summary:
          'Customers in the pool (no owner), filtered and sorted like the customer list, one page at a time',
        querystring: PoolListQuerySchema,
        response: { 200: PoolListSchema, ...errors },
      },
    },
    async (request) => listPool(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/pool/warnings',
    {
      schema: {
        tags,
        summary:
          "The caller's customers (a manager's: the team's) about to return to the pool, soonest first",
        response: { 200: PoolWarningsSchema, ...errors },
      },
    },
    async (request) => poolWarnings(ctxOf(request)),
  )
  app.get(
    '/api/v1/pool/flows',
    {
      schema: {
        tags,
        summary: 'Customers in (claimed, assigned) and out (released, returned, reassigned away) per rep',
        querystring: PoolFlowsQuerySchema,
        response: { 200: PoolFlowsSchema, ...errors },
      },
    },
    async (request) => poolFlows(ctxOf(request), request.query),
  )
  app.post(
    '/api/v1/pool/:customerId/claim',
    {
      schema: {
        tags,
        summary: 'Claim a pool customer for oneself (reps, managers), up to the owned limit; 409 if gone',
        params: CustomerIdParamsSchema,
        response: { 200: CustomerSchema, ...errors },
      },
    },
    async (request, reply) => {
      const customer = await claimCustomer(ctxOf(request), request.params.customerId)
      return reply.header('etag', etag(customer.version)).send(customer)
    },
  )
  app.post(
    '/api/v1/customers/:id/assign',
    {
      schema: {
        tags,
        summary:
          'Assign or reassign a customer (a manager within their team, an admin to anyone); If-Match optional',
        params: IdParamsSchema,
        body: AssignBodySchema,
        response: { 200: CustomerSchema, ...errors },
      },
    },
    async (request, reply) => {
      const customer = await assignCustomer(
        ctxOf(request),
        request.params.id,
        request.body.ownerId,
        optionalIfMatchVersion(request),
      )
      return reply.header('etag', etag(customer.version)).send(customer)
    },
  )
  app.post(
    '/api/v1/customers/:id/release',
    {
      schema: {
        tags,
        summary: 'Put a customer back in the pool (its owner, their manager, an admin); If-Match optional',
        params: IdParamsSchema,
        body: ReleaseBodySchema,
        response: { 200: CustomerSchema, ...errors },
      },
    },
    async (request, reply) => {
      const customer = await releaseCustomer(
        ctxOf(request),
        request.params.id,
        request.body.reason,
        optionalIfMatchVersion(request),
      )
      return reply.header('etag', etag(customer.version)).send(customer)
    },
  )
  app.get(
    '/api/v1/customers/:id/pool-history',
    {
      schema: {
        tags,
        summary: "The customer's claims, assignments, releases, returns and warnings, newest first",
        params: IdParamsSchema,
        response: { 200: PoolHistorySchema, ...errors },
      },
    },
    async (request) => poolHistory(ctxOf(request), request.params.id),
  )
}
