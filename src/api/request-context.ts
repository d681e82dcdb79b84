import type { FastifyRequest } from 'fastify'
import type { AppContext, ActingUser } from '../app/context'
import type { Lang } from '../core/i18n/lang'

declare module 'fastify' {
  interface FastifyRequest {
    actor: ActingUser | null
    lang: Lang
  }
}

/** The application context of one request: who asks, in which language, with the server's db and clock. */
export type RequestContextFactory = (request: FastifyRequest) => AppContext

export function requestContextFactory(base: Omit<AppContext, 'actor' | 'lang'>): RequestContextFactory {
  return (request) => ({ ...base, actor: request.actor, lang: request.lang })
}
