import type { FastifyReply } from 'fastify'
import { login, logout, needsSetup, setupFirstAdmin } from '../../app/auth'
import { getMe } from '../../app/users'
import { ErrorSchema, OkSchema } from '../../contracts/common'
import { LoginSchema, SetupSchema, SetupStatusSchema, UserSchema } from '../../contracts/users'
import type { RequestContextFactory } from '../request-context'
import type { ZodApp } from '../zod-app'

const COOKIE = 'abacus_session'
const errors = {
  400: ErrorSchema,
  401: ErrorSchema,
  409: ErrorSchema,
  413: ErrorSchema,
  415: ErrorSchema,
  429: ErrorSchema,
}

export function authRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  const setSession = (reply: FastifyReply, token: string, days: number, secure: boolean) =>
    reply.setCookie(COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
      maxAge: days * 86_400,
    })

  app.get(
    '/api/v1/setup',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Whether the first administrator is still to be created, and the organisation’s time zone',
        response: { 200: SetupStatusSchema },
      },
    },
    async (request) => {
      const ctx = ctxOf(request)
      return { needsSetup: await needsSetup(ctx), timeZone: ctx.config.timeZone }
    },
  )

  app.post(
    '/api/v1/setup',
    {
      config: { public: true, rateLimit: { max: 10, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Create the first administrator (only while there are no users)',
        body: SetupSchema,
        response: { 201: UserSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request)
      const { token, user } = await setupFirstAdmin(ctx, request.body)
      setSession(reply, token, ctx.config.sessionDays, ctx.config.secureCookies)
      return reply.status(201).send(user)
    },
  )

  app.post(
    '/api/v1/auth/login',
    {
      config: {
        public: true,
        // Per address and account, counted after the body is parsed: guessing one account's password
        // is slowed without locking out a whole office behind one address.
        rateLimit: {
          hook: 'preHandler',
          max: (request) => ctxOf(request).config.loginMax,
          timeWindow: 60_000,
          keyGenerator: (request) =>
            `${request.ip}|${String((request.body as { email?: unknown })?.email ?? '')}`,
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets the session cookie',
        body: LoginSchema,
        response: { 200: UserSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request)
      const { token, user } = await login(ctx, request.body)
      setSession(reply, token, ctx.config.sessionDays, ctx.config.secureCookies)
      return user
    },
  )

  app.post(
    '/api/v1/auth/logout',
    {
      config: { public: true },
      // A body is not read, but one that cannot be parsed is still refused (400, 415).
      schema: {
        tags: ['auth'],
        summary: 'Sign out: ends this session',
        response: { 200: OkSchema, ...errors },
      },
    },
    async (request, reply) => {
      const token = request.cookies[COOKIE]
      if (token) await logout(ctxOf(request), token)
      reply.clearCookie(COOKIE, { path: '/' })
      return { ok: true as const }
    },
  )

  app.get(
    '/api/v1/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user',
        response: { 200: UserSchema, 401: ErrorSchema },
      },
    },
    async (request) => getMe(ctxOf(request)),
  )
}
