import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyCookie from '@fastify/cookie'
import fastifyRateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import fastifySwagger from '@fastify/swagger'
import fastifySwaggerUi from '@fastify/swagger-ui'
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod'
import type { Config } from '../app/config'
import type { AppContext } from '../app/context'
import { dataVersionOf } from '../app/open-database'
import { AppError } from '../core/app-error'
import { parseLang } from '../core/i18n/lang'
import { cachedReads } from './cached-reads'
import { compressJson } from './compress-json'
import { errorReply } from './error-body'
import { SECURITY_HEADERS } from './security-headers'
import { requestContextFactory } from './request-context'
import { analysisRoutes } from './routes/analyses.routes'
import { authRoutes } from './routes/auth.routes'
import { callbackAuditRoutes } from './routes/callback-audits.routes'
import { classificationRoutes } from './routes/classification.routes'
import { commissionRoutes } from './routes/commission.routes'
import { customerRoutes } from './routes/customers.routes'
import { dailyReportRoutes } from './routes/daily-reports.routes'
import { monthlyReportRoutes } from './routes/monthly-reports.routes'
import { halfMonthReportRoutes } from './routes/half-month-reports.routes'
import { expenseRoutes } from './routes/expenses.routes'
import { healthRoutes } from './routes/health.routes'
import { followUpRoutes } from './routes/follow-ups.routes'
import { importRoutes } from './routes/imports.routes'
import { ledgerRoutes } from './routes/ledger.routes'
import { monitorRoutes } from './routes/monitor.routes'
import { notificationRoutes } from './routes/notifications.routes'
import { opportunityRoutes } from './routes/opportunities.routes'
import { visitRoutes } from './routes/visits.routes'
import { poolRoutes } from './routes/pool.routes'
import { recycleBinRoutes } from './routes/recycle-bin.routes'
import { reminderRoutes } from './routes/reminders.routes'
import { scheduleRoutes } from './routes/schedule.routes'
import { tokenRoutes } from './routes/tokens.routes'
import { userRoutes } from './routes/users.routes'
import { yearEndRoutes } from './routes/year-end.routes'
import { redactUrl } from './redact-url'
import { serializerCompiler } from './serializer-compiler'
import { validatorCompiler } from './validator-compiler'

export const SESSION_COOKIE = 'abacus_session'
// ABACUS_WEB_ROOT lets a developer serve a build made elsewhere (e.g. `vite build --outDir /tmp/web`)
// without touching the dist/web that the end-to-end tests of another checkout may be reading.
const WEB_ROOT = process.env.ABACUS_WEB_ROOT ?? fileURLToPath(new URL('../../dist/web/', import.meta.url))

export type ServerOptions = Omit<AppContext, 'actor' | 'lang'> & {
  logger?: boolean
  /** Serve the built web app from dist/web when it exists (off in API tests). */
  serveWeb?: boolean
  /** Told of every route as it is added: the authorization matrix test reads the real route table. */
  onRoute?: (route: { method: string; url: string; public: boolean }) => void
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    public?: boolean
  }
}

/** The HTTP server: API under /api/v1, OpenAPI at /api/v1/openapi.json, docs at /api/docs, the web app at /. */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { logger = false, serveWeb = false, onRoute, ...base } = options
  const config: Config = base.config
  const app = Fastify({
    logger: logger
      ? {
          level: process.env.ABACUS_LOG_LEVEL ?? 'info',
          serializers: {
            req: (req: FastifyRequest) => ({
              method: req.method,
              url: redactUrl(req.url),
              remoteAddress: req.ip,
            }),
          },
        }
      : false,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: process.env.ABACUS_TRUST_PROXY === '1',
    // Fastify answers a URL that is not valid percent-encoding (or a parameter over its length
    // limit) before any hook runs: without this, that 400 had no security headers and its own shape.
    frameworkErrors: (error, request, reply) => {
      reply.headers(SECURITY_HEADERS)
      const lang = parseLang(request.headers['accept-language'], 'en')
      const known = error.code === 'FST_ERR_ASYNC_CONSTRAINT' ? 'internal' : 'validation'
      const { status, body } = errorReply(new AppError(known), lang, config.bodyLimitBytes)
      return (reply as FastifyReply).status(status).send(body)
    },
  }).withTypeProvider<ZodTypeProvider>()
  if (onRoute)
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat())
        onRoute({ method, url: route.url, public: route.config?.public === true })
    })
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  const ctxOf = requestContextFactory(base)

  app.decorateRequest('actor', null)
  app.decorateRequest('lang', 'en')
  app.decorateRequest('authAt', null)
  app.decorateRequest('readCache', null)
  const reads = cachedReads(base.now, dataVersionOf(base.db))

  await app.register(fastifyCookie)
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      Object.assign(
        new AppError('rate_limited', 'error.rate_limited', { seconds: Math.ceil(context.ttl / 1000) }),
        {
          statusCode: 429,
        },
      ),
  })
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Abacus API',
        version: '1',
        description: 'Sales and customer management. Money is integer minor units; dates YYYY-MM-DD.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  })
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' })

  // Who is asking, and in which language, before anything else runs: a refused call parses nothing.
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(SECURITY_HEADERS)
    const auth = request.headers.authorization
    const bearerToken = auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined
    const sessionToken = request.cookies[SESSION_COOKIE]
    const isApi = request.url.startsWith('/api/v1/')
    if (isApi && (bearerToken || sessionToken))
      await reads.identify(request, ctxOf(request), { bearerToken, sessionToken })
    request.lang = parseLang(request.headers['accept-language'], request.actor?.lang ?? 'en')
    if (isApi && !request.routeOptions.config?.public && !request.actor && request.routeOptions.url)
      throw new AppError('unauthenticated')
    if (isApi && !request.routeOptions.config?.public && request.routeOptions.url)
      return reads.serve(request, reply)
  })
  app.addHook('onSend', async (request, reply, payload) => {
    const sent = compressJson(request, reply, payload)
    reads.keep(request, reply, sent)
    return sent
  })
  app.addHook('onResponse', async (request) => reads.release(request))
  app.addHook('onRequestAbort', async (request) => reads.release(request))

  app.setErrorHandler((error, request, reply) => {
    const { status, body } = errorReply(error, request.lang ?? 'en', config.bodyLimitBytes)
    if (status >= 500) request.log.error(error)
    if (status === 401 && body.error.code === 'unauthenticated')
      reply.clearCookie(SESSION_COOKIE, { path: '/' })
    return reply.status(status).send(body)
  })

  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { public: true } }, () => app.swagger())
  await app.register(async (api) => {
    const zapi = api.withTypeProvider<ZodTypeProvider>()
    healthRoutes(zapi)
    authRoutes(zapi, ctxOf)
    userRoutes(zapi, ctxOf)
    tokenRoutes(zapi, ctxOf)
    customerRoutes(zapi, ctxOf)
    ledgerRoutes(zapi, ctxOf)
    poolRoutes(zapi, ctxOf)
    expenseRoutes(zapi, ctxOf)
    importRoutes(zapi, ctxOf)
    followUpRoutes(zapi, ctxOf)
    scheduleRoutes(zapi, ctxOf)
    classificationRoutes(zapi, ctxOf)
    monitorRoutes(zapi, ctxOf)
    analysisRoutes(zapi, ctxOf)
    reminderRoutes(zapi, ctxOf)
    dailyReportRoutes(zapi, ctxOf)
    monthlyReportRoutes(zapi, ctxOf)
    callbackAuditRoutes(zapi, ctxOf)
    notificationRoutes(zapi, ctxOf)
    opportunityRoutes(zapi, ctxOf)
    visitRoutes(zapi, ctxOf)
    commissionRoutes(zapi, ctxOf)
    yearEndRoutes(zapi, ctxOf)
    halfMonthReportRoutes(zapi, ctxOf)
    recycleBinRoutes(zapi, ctxOf)
  })

  const hasWeb = serveWeb && existsSync(join(WEB_ROOT, 'index.html'))
  if (hasWeb)
    await app.register(fastifyStatic, {
      root: WEB_ROOT,
      // Files are looked up per request, so a rebuilt web app is served without a restart.
      wildcard: true,
      setHeaders: (res, path) =>
        res.setHeader(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        ),
    })
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/'))
      return reply.sendFile('index.html')
    const { status, body } = errorReply(
      new AppError('not_found'),
      request.lang ?? 'en',
      config.bodyLimitBytes,
    )
    return reply.status(status).send(body)
  })
  return app
}
