import { AppError } from '../core/app-error'
import { inScope, type Scope } from '../core/access/customer-access'
import { readsCustomer } from '../core/access/pool-access'
import type { BinKind } from '../core/recycle-bin/bin-kinds'
import type { AppContext } from './context'
import { ledgerScope, readScope, writeScope } from './customer-scope'
import type { BinRecord } from '../db/bin-records.repo'

/**
 * Whose records of a kind the actor may delete (and see in the bin): the same people who may
 * change them (DOMAIN.md "People and visibility"); restoring is an admin's (app/recycle-bin.ts). Customers and follow-ups: the customer write scope (admin
 * all, manager their tree, rep their own; finance and auditor none — read-only on follow-ups).
 * Orders, collections, plans and expenses: the ledger scope (finance keeps the books for everyone;
 * the auditor none). Null: none at all.
 */
export async function binScope(ctx: AppContext, kind: BinKind): Promise<Scope | null> {
  return kind === 'customer' || kind === 'follow_up' ? writeScope(ctx) : ledgerScope(ctx)
}

/**
 * 404 when the actor may not even read the record: indistinguishable from absent, so a refusal
 * never confirms that someone else's record exists (ARCHITECTURE.md "Visibility").
 */
export async function checkBinRead(ctx: AppContext, record: BinRecord): Promise<void> {
  const read = await readScope(ctx)
  const reads =
    record.kind === 'customer' ? readsCustomer(read, record.ownerId) : inScope(read, record.ownerId)
  if (!reads) throw new AppError('not_found')
}

/**
 * 404 when the actor may not even read the record, 403 when they read it but may not change it —
 * the rule of every other write (ARCHITECTURE.md "Visibility").
 */
export async function checkBinAccess(ctx: AppContext, record: BinRecord): Promise<void> {
  await checkBinRead(ctx, record)
  if (!inScope(await binScope(ctx, record.kind), record.ownerId)) throw new AppError('forbidden')
}
