import { AppError } from '../core/app-error'
import { inScope, type Scope } from '../core/access/customer-access'
import { mayAssign, mayClaim, readsCustomer } from '../core/access/pool-access'
import { OWNER_ROLES, type Role } from '../core/access/roles'
import { searchPattern } from '../core/customers/search-text'
import { localDateAt } from '../core/dates/local-date'
import type { Customer, CustomerListItem } from '../contracts/customers'
import type { PoolList, PoolListQuery } from '../contracts/pool'
import { writeAudit } from '../db/audit-log.repo'
import { findCustomer, listCustomerRows, type CustomerRecord } from '../db/customers.repo'
import { countOwnedBy, insertPoolEvents, lastPoolEntries, lockOwner, moveCustomer } from '../db/pool.repo'
import { findUserById } from '../db/users.repo'
import { inTransaction, nowIso, type AppContext } from './context'
import { checkVersion } from './check-version'
import { readScope, writeScope } from './customer-scope'
import { loadPolicy } from './follow-up-policy'
import { decodeCursor, encodeCursor } from './list-cursor'
import { newId } from './new-id'
import { requireActor } from './require-actor'

/** The organisation's "today" (ABACUS_TIME_ZONE): what pool events and assignments are dated. */
export const todayOf = (ctx: AppContext) => localDateAt(ctx.now(), ctx.config.timeZone)

/**
 * The customer pool (DOMAIN.md "Customer pool"): customers without an owner, listed like the
 * customer list (same filters, sort and cursor) for every signed-in user — who may read them is
 * core/access/pool-access.ts. Those who may claim also learn how many they own and the limit.
 */
export async function listPool(ctx: AppContext, query: PoolListQuery): Promise<PoolList> {
  const actor = requireActor(ctx)
  const { rows, next } = await listCustomerRows(ctx.db, {
    scope: { kind: 'all' },
    filter: {
      ownerId: 'none',
      tier: query.tier,
      status: query.status,
      tag: query.tag,
      searchPattern: query.q ? searchPattern(query.q) : undefined,
    },
    sort: query.sort,
    order: query.order,
    limit: query.limit,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
  })
  const entries = await lastPoolEntries(
    ctx.db,
    rows.map((r) => r.id),
  )
  const claim = mayClaim(actor.role)
    ? { owned: await countOwnedBy(ctx.db, actor.id), limit: (await loadPolicy(ctx)).pool.ownedLimit }
    : null
  return {
    items: rows.map((r) => ({
      ...(r as CustomerListItem),
      enteredOn: entries.get(r.id)?.onDate ?? null,
      previousOwnerName: entries.get(r.id)?.fromOwnerName ?? null,
    })),
    nextCursor: next && encodeCursor(next),
    claim,
  }
}

type Move = {
  customer: CustomerRecord
  to: string | null
  kind: 'claim' | 'assign' | 'release'
  actorId: string
  reason?: string | null
  version?: number
}

/**
 * One change of owner, as every pool change is made: the customer row (guarded by its owner, and
 * its version when the client sent one), `assigned_at` = today for a new owner, the pool event and
 * the audit row — in the caller's transaction.
 */
async function moveOwner(tx: AppContext, move: Move): Promise<Customer> {
  const { customer } = move
  const today = todayOf(tx)
  const now = nowIso(tx)
  const assignedAt = move.to ? today : null
  const moved = await moveCustomer(tx.db, {
    id: customer.id,
    from: customer.ownerId,
    to: move.to,
    assignedAt,
    version: move.version,
    now,
  })
  if (!moved)
    throw new AppError('conflict', move.kind === 'claim' ? 'error.pool_taken' : 'error.pool_changed')
  await insertPoolEvents(tx.db, [
    {
      id: newId(),
      customerId: customer.id,
      kind: move.kind,
      fromOwnerId: customer.ownerId,
      toOwnerId: move.to,
      actorId: move.actorId,
      reason: move.reason ?? null,
      at: now,
      onDate: today,
    },
  ])
  await writeAudit(tx.db, {
    at: now,
    actorId: move.actorId,
    entity: 'customer',
    entityId: customer.id,
    action: 'update',
    before: { ownerId: customer.ownerId, assignedAt: customer.assignedAt },
    after: { ownerId: move.to, assignedAt },
  })
  return (await findCustomer(tx.db, customer.id)) as Customer
}

/** A customer the actor may read (pool customers included), or 404. */
export async function readableCustomer(ctx: AppContext, id: string): Promise<CustomerRecord> {
  const customer = await findCustomer(ctx.db, id)
  if (!customer || !readsCustomer(await readScope(ctx), customer.ownerId)) throw new AppError('not_found')
  return customer
}

/**
 * A rep (or a manager, for themselves) takes a customer from the pool, up to the organisation's
 * owned limit (DOMAIN.md: "a rep claims one, up to a configurable number of owned customers").
 * Gone from the pool — claimed or assigned by someone first — is a 409.
 */
export async function claimCustomer(ctx: AppContext, customerId: string): Promise<Customer> {
  const actor = requireActor(ctx)
  if (!mayClaim(actor.role)) throw new AppError('forbidden')
  return inTransaction(ctx, async (tx) => {
    const customer = await findCustomer(tx.db, customerId)
    if (!customer) throw new AppError('not_found')
    if (customer.ownerId !== null) throw new AppError('conflict', 'error.pool_taken')
    // Two claims by one person at once must not both pass the limit: lock them, then count.
    await lockOwner(tx.db, actor.id)
    const limit = (await loadPolicy(tx)).pool.ownedLimit
    if (limit !== null && (await countOwnedBy(tx.db, actor.id)) >= limit)
      throw new AppError('domain_rule', 'error.pool_owned_limit', { limit })
    return moveOwner(tx, { customer, to: actor.id, kind: 'claim', actorId: actor.id })
  })
}

/**
 * A manager assigns or reassigns a pool customer, or one of their team's, to someone in their
 * team; an admin to anyone who may own customers. The owned limit binds claims, not assignments.
 * Someone outside the team is 403; a user who cannot own customers is a field error.
 */
export async function assignCustomer(
  ctx: AppContext,
  customerId: string,
  ownerId: string,
  version?: number,
): Promise<Customer> {
  const actor = requireActor(ctx)
  if (!mayAssign(actor.role)) throw new AppError('forbidden')
  return inTransaction(ctx, async (tx) => {
    const customer = await readableCustomer(tx, customerId)
    const scope = (await writeScope(tx)) as Scope
    if (customer.ownerId !== null && !inScope(scope, customer.ownerId)) throw new AppError('forbidden')
    if (version !== undefined) checkVersion(customer, version)
    const owner = await findUserById(tx.db, ownerId)
    if (!owner || owner.disabled || !OWNER_ROLES.includes(owner.role as Role))
      throw new AppError('validation', 'error.invalid_owner', {}, [
        { path: 'ownerId', key: 'error.invalid_owner' },
      ])
    if (!inScope(scope, ownerId)) throw new AppError('forbidden', 'error.pool_outside_team')
    if (customer.ownerId === ownerId) return customer as Customer
    return moveOwner(tx, { customer, to: ownerId, kind: 'assign', actorId: actor.id, version })
  })
}

/** The owner, their manager (up the tree) or an admin puts a customer back in the pool. */
export async function releaseCustomer(
  ctx: AppContext,
  customerId: string,
  reason: string | null,
  version?: number,
): Promise<Customer> {
  const actor = requireActor(ctx)
  return inTransaction(ctx, async (tx) => {
    const customer = await readableCustomer(tx, customerId)
    if (customer.ownerId === null) throw new AppError('conflict', 'error.pool_already')
    if (!inScope(await writeScope(tx), customer.ownerId)) throw new AppError('forbidden')
    if (version !== undefined) checkVersion(customer, version)
    return moveOwner(tx, { customer, to: null, kind: 'release', actorId: actor.id, reason, version })
  })
}
