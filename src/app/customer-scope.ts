import {
  customerReadScope,
  customerWriteScope,
  ledgerWriteScope,
  type Scope,
} from '../core/access/customer-access'
import type { Role } from '../core/access/roles'
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

/**
 * Who reads money — orders, collections and plans, expenses, the pipeline, sales analyses and the
 * reports built on them: everyone but the auditor, whose work is callback audits and who reads
 * visits and follow-ups only (DOMAIN.md "People and visibility").
 */
export const MONEY_READERS: readonly Role[] = ['admin', 'manager', 'rep', 'finance']

export const readsMoney = (ctx: AppContext) => MONEY_READERS.includes(requireActor(ctx).role)

/** Whose money records an actor may read; 403 for the auditor. */
export async function moneyScope(ctx: AppContext): Promise<Scope> {
  requireActor(ctx, MONEY_READERS)
  return readScope(ctx)
}
