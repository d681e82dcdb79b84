import { gzipSync } from 'node:zlib'
import type { FastifyReply, FastifyRequest } from 'fastify'

/** Below this an answer goes as it is: the gzip header and the work would cost more than they save. */
const MIN_CHARS = 1024

/** Whether an Accept-Encoding header takes gzip with a weight above zero (named, or as `*`). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false
  const weights = new Map(
    header.split(',').map((part) => {
      const [name = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase())
      const q = params.find((p) => p.startsWith('q='))
      return [name, q === undefined ? 1 : Number(q.slice(2))] as const
    }),
  )
  const weight = weights.get('gzip') ?? weights.get('*') ?? 0
  return weight > 0
}

/**
 * Gzips a JSON answer of 1 kB or more for a client that takes it, as every browser does: a rep's
 * agenda of 700 customers is ~150 kB of JSON and ~15 kB gzipped, which is what a phone on a
 * mobile network waits for (and what the load generator of `npm run bench` has to read).
 * Returns the payload to send.
 */
export function compressJson(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
  if (typeof payload !== 'string' || payload.length < MIN_CHARS) return payload
  if (!String(reply.getHeader('content-type') ?? '').startsWith('application/json')) return payload
  if (reply.hasHeader('content-encoding')) return payload
  reply.header('vary', 'accept-encoding')
  if (!acceptsGzip(request.headers['accept-encoding'])) return payload
  reply.header('content-encoding', 'gzip')
  return gzipSync(payload)
}
