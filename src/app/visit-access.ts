import { AppError } from '../core/app-error'
import { inScope } from '../core/access/customer-access'
import { effectiveStatus, type VisitStatus } from '../core/visits/visit-status'
import { findVisit, type VisitRecord } from '../db/visits.repo'
import type { AppContext } from './context'
import { readScope, writeScope } from './customer-scope'
import { requireActor } from './require-actor'

/**
 * A visit the actor may read: the rep's own, a manager's tree's, everyone's for admin, finance and
 * the auditor (DOMAIN.md "People and visibility", as follow-ups are seen). Outside that: 404.
 */
export async function readableVisit(ctx: AppContext, id: string): Promise<VisitRecord> {
  requireActor(ctx)
  const visit = await findVisit(ctx.db, id)
  if (!visit || !inScope(await readScope(ctx), visit.repId)) throw new AppError('not_found')
  return visit
}

/** A visit the actor may change (its rep, their managers, admins): 403 when only readable. */
export async function writableVisit(ctx: AppContext, id: string): Promise<VisitRecord> {
  const visit = await readableVisit(ctx, id)
  if (!inScope(await writeScope(ctx), visit.repId)) throw new AppError('forbidden')
  return visit
}

export const statusNow = (ctx: AppContext, visit: VisitRecord): VisitStatus =>
  effectiveStatus(visit, ctx.now())

/** Why a visit in `status` cannot be checked in, changed or cancelled: the status's own sentence. */
export function notPlanned(status: VisitStatus): AppError {
  switch (status) {
    case 'cancelled':
      return new AppError('domain_rule', 'error.visit_cancelled')
    case 'missed':
      return new AppError('domain_rule', 'error.visit_missed')
    case 'reviewed':
      return new AppError('domain_rule', 'error.visit_reviewed')
    default:
      return new AppError('domain_rule', 'error.visit_checked_in')
  }
}
