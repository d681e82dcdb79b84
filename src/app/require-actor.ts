import { AppError } from '../core/app-error'
import type { Role } from '../core/access/roles'
import type { ActingUser, AppContext } from './context'

/** The acting user, or 401; with `roles`, 403 for anyone else. */
export function requireActor(ctx: AppContext, roles?: readonly Role[]): ActingUser {
  if (!ctx.actor) throw new AppError('unauthenticated')
  if (roles && !roles.includes(ctx.actor.role)) throw new AppError('forbidden')
  return ctx.actor
}
