import { AppError } from '../core/app-error'
import { findUserByEmail, firstAdmin } from '../db/users.repo'
import { toActingUser } from './auth'
import type { ActingUser, AppContext } from './context'

/** The user a CLI command acts as: `--as EMAIL`, or the first active admin. */
export async function findActor(ctx: AppContext, email?: string): Promise<ActingUser | null> {
  if (email) {
    const user = await findUserByEmail(ctx.db, email)
    if (!user || user.disabled) throw new AppError('not_found', 'error.unknown_user', { email })
    return toActingUser(user)
  }
  const admin = await firstAdmin(ctx.db)
  return admin ? toActingUser(admin) : null
}
