import {
  customerReadScope,
  customerWriteScope,
  ledgerWriteScope,
  type Scope,
} from '../core/access/customer-access'
import { listReportingLines } from '../db/users.repo'
import type { AppContext } from './context'
import { requireActor } from './require-actor'

/** Only managers need the reporting lines; reps, admins, finance and auditors are answered without a query. */
async function linesFor(ctx: AppContext) {
  return requireActor(ctx).role === 'manager' ? listReportingLines(ctx.db) : []
}

export async function readScope(ctx: AppContext): Promise<Scope> {
  return customerReadScope(requireActor(ctx), await linesFor(ctx))
}

export async function writeScope(ctx: AppContext): Promise<Scope | null> {
  return customerWriteScope(requireActor(ctx), await linesFor(ctx))
}

/** Whose orders, collections and plans an actor may record. */
export async function ledgerScope(ctx: AppContext): Promise<Scope | null> {
  return ledgerWriteScope(requireActor(ctx), await linesFor(ctx))
}
