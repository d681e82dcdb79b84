import { classify } from '../../app/classify'
import { getRun, listRunCustomers, listRuns } from '../../app/classification-runs'
import { getCustomerTier, removeTierOverride, setTierOverride } from '../../app/tier-override'
import { IdParamsSchema } from '../../contracts/common'
import {
  ClassificationRunSchema,
  ClassifyBodySchema,
  CustomerTierSchema,
  RunCustomerListSchema,
  RunCustomersQuerySchema,
  RunDetailSchema,
  RunListQuerySchema,
  RunListSchema,
  RunParamsSchema,
  TierOverrideBodySchema,
} from '../../contracts/classification'
import { ERROR_RESPONSES } from '../error-responses'
import { etag, optionalIfMatchVersion } from '../if-match'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES
const tags = ['classification']

/** ABC classification (DOMAIN.md): runs kept as history, and a customer's tier and its manual override. */
export function classificationRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.post(
    '/api/v1/classification/runs',
    {
      schema: {
        tags,
        summary:
          'Classify every customer (admin), as of today or an earlier day: the run is kept, and customers take its tiers unless a run as of a later day exists',
        body: ClassifyBodySchema.nullish(),
        response: { 201: ClassificationRunSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { run } = await classify(ctxOf(request), request.body ?? {})
      return reply.status(201).send(run)
    },
  )
  app.get(
    '/api/v1/classification/runs',
    {
      schema: {
        tags,
        summary: 'The kept runs, newest first (admin, manager, finance)',
        querystring: RunListQuerySchema,
        response: { 200: RunListSchema, ...errors },
      },
    },
    async (request) => listRuns(ctxOf(request), request.query),
  )
  app.get(
    '/api/v1/classification/runs/:id',
    {
      schema: {
        tags,
        summary:
          'One run: its Pareto series and the tier counts, promotions and demotions of the customers the caller may see',
        params: RunParamsSchema,
        response: { 200: RunDetailSchema, ...errors },
      },
    },
    async (request) => getRun(ctxOf(request), request.params.id),
  )
  app.get(
    '/api/v1/classification/runs/:id/customers',
    {
      schema: {
        tags,
        summary:
          "A run's customers the caller may see, in rank order, one page at a time: all, one tier, or those promoted or demoted",
        params: RunParamsSchema,
        querystring: RunCustomersQuerySchema,
        response: { 200: RunCustomerListSchema, ...errors },
      },
    },
    async (request) => listRunCustomers(ctxOf(request), request.params.id, request.query),
  )
  app.get(
    '/api/v1/customers/:id/tier',
    {
      schema: {
        tags,
        summary: "A customer's computed tier, manual override, effective tier and its result in each run",
        params: IdParamsSchema,
        response: { 200: CustomerTierSchema, ...errors },
      },
    },
    async (request) => getCustomerTier(ctxOf(request), request.params.id),
  )
  app.put(
    '/api/v1/customers/:id/tier-override',
    {
      schema: {
        tags,
        summary:
          'Set a manual tier with its reason and optional last day (admin, or the manager of its owner). If-Match optional.',
        params: IdParamsSchema,
        body: TierOverrideBodySchema,
        response: { 200: CustomerTierSchema, ...errors },
      },
    },
    async (request, reply) => {
      const tier = await setTierOverride(
        ctxOf(request),
        request.params.id,
        request.body,
        optionalIfMatchVersion(request),
      )
      return reply.header('etag', etag(tier.version)).send(tier)
    },
  )
  app.delete(
    '/api/v1/customers/:id/tier-override',
    {
      schema: {
        tags,
        summary: 'Remove the manual tier: the computed one counts again. If-Match optional.',
        params: IdParamsSchema,
        response: { 200: CustomerTierSchema, ...errors },
      },
    },
    async (request, reply) => {
      const tier = await removeTierOverride(
        ctxOf(request),
        request.params.id,
        optionalIfMatchVersion(request),
      )
      return reply.header('etag', etag(tier.version)).send(tier)
    },
  )
}
