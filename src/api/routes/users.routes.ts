import { createUser, listVisibleUsers, updateUser } from '../../app/users'
import { IdParamsSchema } from '../../contracts/common'
import { CreateUserSchema, UpdateUserSchema, UserListSchema, UserSchema } from '../../contracts/users'
import { etag, ifMatchVersion } from '../if-match'
import type { RequestContextFactory } from '../request-context'
import { ERROR_RESPONSES } from '../error-responses'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES

export function userRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.get(
    '/api/v1/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Users the caller may see (admin all, manager their team, rep themselves)',
        response: { 200: UserListSchema, ...errors },
      },
    },
    async (request) => ({ items: await listVisibleUsers(ctxOf(request)) }),
  )
  app.post(
    '/api/v1/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Add a user (admin)',
        body: CreateUserSchema,
        response: { 201: UserSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = await createUser(ctxOf(request), request.body)
      return reply.status(201).header('etag', etag(user.version)).send(user)
    },
  )
  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Change a user (admin); disabling ends their sessions. Needs If-Match with the version.',
        params: IdParamsSchema,
        body: UpdateUserSchema,
        response: { 200: UserSchema, ...errors },
      },
    },
    async (request, reply) => {
      const user = await updateUser(ctxOf(request), request.params.id, ifMatchVersion(request), request.body)
      return reply.header('etag', etag(user.version)).send(user)
    },
  )
}
