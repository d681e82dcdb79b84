import { performance } from 'node:perf_hooks'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { authenticate } from '../app/auth'
import type { ActingUser, AppContext } from '../app/context'
import type { DataVersion } from '../app/open-database'
import { acceptsGzip } from './compress-json'
import { createReadCache } from './read-cache'

declare module 'fastify' {
  interface FastifyRequest {
    /** This GET's answer is to be kept under `key`, computed at data version `at`. */
    readCache: { key: string; at: string } | null
  }
}

/** Long enough for a burst of the same reads, short enough that "now" in an answer stays now. */
export const READ_CACHE_TTL_MS = 1000
const READ_CACHE_BYTES = 32 * 1024 * 1024

type Credentials = { sessionToken?: string; bearerToken?: string }

/**
 * The server's read cache (read-cache.ts) as Fastify hooks. Without a data version (PostgreSQL)
 * every request authenticates and computes as before. Only successful JSON answers of signed-in
 * GETs are kept, never one that sets a cookie; a GET that writes moves the version itself, so its
 * answer is never served again.
 */
export function cachedReads(now: () => Date, dataVersion: DataVersion | undefined) {
  const cache = dataVersion
    ? createReadCache({
        ttlMs: READ_CACHE_TTL_MS,
        maxBytes: READ_CACHE_BYTES,
        now,
        monotonicMs: () => performance.now(),
      })
    : undefined

  return {
    /** Who a request's credentials name; a session known at this data version is not read again. */
    async authenticate(ctx: AppContext, credentials: Credentials): Promise<ActingUser | null> {
      const token = credentials.bearerToken ? undefined : credentials.sessionToken
      if (!cache || !dataVersion || !token) return authenticate(ctx, credentials)
      const at = dataVersion()
      const known = cache.session(token, at)
      if (known) return known
      const actor = await authenticate(ctx, credentials)
      if (actor && dataVersion() === at) cache.keepSession(token, at, actor)
      return actor
    },

    /** For a signed-in GET: sends the kept answer, or marks the request to keep the one it computes. */
    async serve(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
      if (!cache || !dataVersion || request.method !== 'GET' || !request.actor) return undefined
      // Gzipped or not (compress-json.ts) is part of the answer kept.
      const gzip = acceptsGzip(request.headers['accept-encoding']) ? 'gzip' : ''
      const key = `${request.actor.id}\n${request.lang}\n${gzip}\n${request.url}`
      let at = dataVersion()
      let answer = cache.answer(key, at)
      const computing = answer ? undefined : cache.wait(key)
      if (computing) {
        await computing
        at = dataVersion()
        answer = cache.answer(key, at)
      }
      if (answer) return reply.headers(answer.headers).send(answer.body)
      cache.compute(key)
      request.readCache = { key, at }
      return undefined
    },

    /** onSend: keeps the answer just computed when it is one to keep and the data did not move. */
    keep(request: FastifyRequest, reply: FastifyReply, payload: unknown) {
      const mine = request.readCache
      if (!cache || !dataVersion || !mine) return
      request.readCache = null
      const type = String(reply.getHeader('content-type') ?? '')
      const keep =
        reply.statusCode === 200 &&
        (typeof payload === 'string' || Buffer.isBuffer(payload)) &&
        type.startsWith('application/json') &&
        !reply.hasHeader('set-cookie') &&
        dataVersion() === mine.at
      if (!keep) return cache.settle(mine.key, mine.at)
      const headers = { ...reply.getHeaders() }
      delete headers['content-length']
      const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload as string)
      cache.settle(mine.key, mine.at, { headers, body })
    },

    /** onResponse / onRequestAbort: readers waiting on an answer that was never sent go on. */
    release(request: FastifyRequest) {
      const mine = request.readCache
      if (!cache || !mine) return
      request.readCache = null
      cache.settle(mine.key, mine.at)
    },
  }
}
