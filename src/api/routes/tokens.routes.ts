import { z } from 'zod'
import { createApiToken, listMyApiTokens, revokeMyApiToken } from '../../app/api-tokens'
import { ErrorSchema, IdParamsSchema } from '../../contracts/common'
import { ApiTokenListSchema, CreateApiTokenSchema, CreatedApiTokenSchema } from '../../contracts/users'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

const errors = { 400: ErrorSchema, 401: ErrorSchema, 404: ErrorSchema, 413: ErrorSchema, 415: ErrorSchema }

export function tokenRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.get(
    '/api/v1/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'My personal API tokens',
        response: { 200: ApiTokenListSchema, ...errors },
      },
    },
    async (request) => ({ items: await listMyApiTokens(ctxOf(request)) }),
  )
  app.post(
    '/api/v1/tokens',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Create a personal API token (shown once)',
        body: CreateApiTokenSchema,
        response: { 201: CreatedApiTokenSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createApiToken(ctxOf(request), request.body.name)),
  )
  app.delete(
    '/api/v1/tokens/:id',
    {
      schema: {
        tags: ['tokens'],
        summary: 'Revoke one of my API tokens',
        params: IdParamsSchema,
        response: { 204: z.null().describe('Revoked'), ...errors },
      },
    },
    async (request, reply) => {
      await revokeMyApiToken(ctxOf(request), request.params.id)
      return reply.status(204).send(null)
    },
  )
}
