import { AppError } from '../core/app-error'
import type { Scope } from '../core/access/customer-access'
import type { Role } from '../core/access/roles'
import type { AppContext } from './context'
import { readScope } from './customer-scope'
import { requireActor } from './require-actor'

/** Who reads commission at all: everyone but the auditor. */
export const COMMISSION_READERS: readonly Role[] = ['admin', 'finance', 'manager', 'rep']

/**
 * Whose commission an actor sees: a rep their own, a manager their reporting tree, admin and
 * finance everyone (DOMAIN.md "People and visibility"). The auditor works on callback audits and
 * reads no pay.
 */
export async function commissionScope(ctx: AppContext): Promise<Scope> {
  requireActor(ctx, COMMISSION_READERS)
  return readScope(ctx)
}

/** Who sets plans, assignments and adjustments: admins and finance (the rule). */
export const COMMISSION_MANAGERS = ['admin', 'finance'] as const

export function requireCommissionManager(ctx: AppContext) {
  const actor = requireActor(ctx)
  if (!(COMMISSION_MANAGERS as readonly string[]).includes(actor.role)) throw new AppError('forbidden')
  return actor
}
