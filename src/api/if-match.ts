import type { FastifyRequest } from 'fastify'
import { AppError } from '../core/app-error'

/** The version a client last saw, from `If-Match: "3"` (or `W/"3"`, or `3`); 428 when absent. */
export function ifMatchVersion(request: FastifyRequest): number {
  const header = request.headers['if-match']
  if (header === undefined) throw new AppError('precondition_required')
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(String(header).trim())
  if (!match)
    throw new AppError('validation', 'error.validation', {}, [{ path: 'If-Match', key: 'field.invalid' }])
  return Number(match[1])
}

/** Like ifMatchVersion, but optional (DELETE works without it). */
export function optionalIfMatchVersion(request: FastifyRequest): number | undefined {
  return request.headers['if-match'] === undefined ? undefined : ifMatchVersion(request)
}

export const etag = (version: number) => `"${version}"`
