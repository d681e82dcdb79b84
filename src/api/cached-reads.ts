import { performance } from 'node:perf_hooks'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { authenticate } from '../app/auth'
import type { AppContext } from '../app/context'
import type { DataVersion } from '../app/open-database'
import { acceptsGzip } from './compress-json'
import { createReadCache, type Stamp } from './read-cache'

declare module 'fastify' {
  interface FastifyRequest {
    /** The data version at which the request's actor was looked up (null: no read cache). */
    authAt: string | null
    /** This GET's answer is to be kept under `key`, computed from `stamp` on. */
    readCache: { key: string; stamp: Stamp } | null
  }
}

/** Long enough for a burst of the same reads, short enough that "now" in an answer stays now. */
export const READ_CACHE_TTL_MS = 1000
const READ_CACHE_BYTES = 32 * 1024 * 1024
const READ_CACHE_ENTRIES = 20_000
/** A reader waits this long at most for another computing the same answer, then computes it. */
const WAIT_MS = 5000

type Credentials = { sessionToken?: string; bearerToken?: string }

/** Resolves when `promise` does or after `ms`, whichever is first. */
function within(promise: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))
  return Promise.race([promise, late]).finally(() => clearTimeout(timer))
}

/** A download (downloadResponses: a file under its own type) is never kept, nor waited for. */
function isDownload(schema: unknown): boolean {
  const ok = (schema as { response?: Record<string, unknown> } | undefined)?.response?.[200]
  return typeof ok === 'object' && ok !== null && 'content' in ok
}

/**
 * The server's read cache (read-cache.ts) as Fastify hooks. Without a data version (PostgreSQL)
 * every request authenticates and computes as before. Only successful JSON answers of signed-in
 * GETs are kept, never one that sets a cookie; a GET that writes moves the version itself, so its
 * answer is never served again; nor is one computed for an actor looked up at an earlier version
 * (a role changed in between).
 */
export function cachedReads(now: () => Date, dataVersion: DataVersion | undefined) {
  const cache = dataVersion
    ? createReadCache({
        ttlMs: READ_CACHE_TTL_MS,
        maxBytes: READ_CACHE_BYTES,
        maxEntries: READ_CACHE_ENTRIES,
        now,
        monotonicMs: () => performance.now(),
      })
    : undefined

  return {
    /**
     * Sets who a request's credentials name; a session known at this data version is not read
     * again. The version is read first, so an answer is kept only if nothing moved since.
     */
    async identify(request: FastifyRequest, ctx: AppContext, credentials: Credentials): Promise<void> {
      if (!cache || !dataVersion) {
        request.actor = await authenticate(ctx, credentials)
        return
      }
      const stamp = cache.stamp(dataVersion())
      request.authAt = stamp.version
      const token = credentials.bearerToken ? undefined : credentials.sessionToken
      const known = token ? cache.session(token, stamp.version) : undefined
      if (known) {
        request.actor = known
        return
      }
      request.actor = await authenticate(ctx, credentials)
      if (token && request.actor && dataVersion() === stamp.version)
        cache.keepSession(token, stamp, request.actor)
    },

    /** For a signed-in GET: sends the kept answer, or marks the request to keep the one it computes. */
    async serve(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
      if (!cache || !dataVersion || request.method !== 'GET' || !request.actor) return undefined
      if (isDownload(request.routeOptions.schema)) return undefined
      // Gzipped or not (compress-json.ts) is part of the answer kept.
      const gzip = acceptsGzip(request.headers['accept-encoding']) ? 'gzip' : ''
      const key = `${request.actor.id}\n${request.lang}\n${gzip}\n${request.url}`
      let at = dataVersion()
      if (at !== request.authAt) return undefined
      let answer = cache.answer(key, at)
      const computing = answer ? undefined : cache.wait(key)
      if (computing) {
        await within(computing, WAIT_MS)
        at = dataVersion()
        if (at !== request.authAt) return undefined
        answer = cache.answer(key, at)
      }
      if (answer) return reply.headers(answer.headers).send(answer.body)
      cache.compute(key)
      request.readCache = { key, stamp: cache.stamp(at) }
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
        dataVersion() === mine.stamp.version
      if (!keep) return cache.settle(mine.key, mine.stamp)
      const headers = { ...reply.getHeaders() }
      delete headers['content-length']
      const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload as string)
      cache.settle(mine.key, mine.stamp, { headers, body })
    },

    /** onResponse / onRequestAbort: readers waiting on an answer that was never sent go on. */
    release(request: FastifyRequest) {
      const mine = request.readCache
      if (!cache || !mine) return
      request.readCache = null
      cache.settle(mine.key, mine.stamp)
    },
  }
}
