import { AppError } from '../core/app-error'
import { inScope } from '../core/access/customer-access'
import { OWNER_ROLES, type Role } from '../core/access/roles'
import { findUserById } from '../db/users.repo'
import type { ActingUser, AppContext } from './context'
import { readScope } from './customer-scope'
import { requireActor } from './require-actor'

/**
 * Reports from the field are written by the people who sell — reps, and managers who keep accounts
 * of their own (DOMAIN.md "Reports from the field"); admins, finance and auditors only read them.
 */
export function requireReporter(ctx: AppContext): ActingUser {
  const actor = requireActor(ctx)
  if (!OWNER_ROLES.includes(actor.role)) throw new AppError('forbidden', 'error.reports_for_sales')
  return actor
}

/**
 * A rep whose reports the caller may read (DOMAIN.md "People and visibility": a rep their own, a
 * manager their tree, admin, finance and the auditor everyone). Anyone else is absent (404).
 */
export async function visibleReporter(ctx: AppContext, repId: string): Promise<{ id: string; name: string }> {
  const actor = requireActor(ctx)
  if (!inScope(await readScope(ctx), repId)) throw new AppError('not_found')
  const rep = repId === actor.id ? actor : await findUserById(ctx.db, repId)
  if (!rep || !OWNER_ROLES.includes(rep.role as Role)) throw new AppError('not_found')
  return { id: rep.id, name: rep.name }
}

/** The rep asked about, or the caller; people who keep no reports must name one. */
export function repOrSelf(ctx: AppContext, rep: string | undefined): string {
  const actor = requireActor(ctx)
  if (!rep && !OWNER_ROLES.includes(actor.role))
    throw new AppError('validation', 'error.validation', {}, [{ path: 'rep', key: 'field.required' }])
  return rep ?? actor.id
}

/** Every page of a keyset-paged read, for the small sets a report sums (a rep's month). */
export async function allPages<T>(
  read: (after?: {
    value: string
    id: string
  }) => Promise<{ rows: T[]; next: { value: string; id: string } | null }>,
): Promise<T[]> {
  const rows: T[] = []
  let after: { value: string; id: string } | undefined
  for (;;) {
    const page = await read(after)
    rows.push(...page.rows)
    if (!page.next) return rows
    after = page.next
  }
}
