import { inScope, type Scope } from './customer-access'
import { OWNER_ROLES, type Role } from './roles'

/**
 * Who reads a customer, once the customer pool exists (DOMAIN.md "Customer pool", "People and
 * visibility"). A customer without an owner is nobody's, so reading it takes nothing from any rep:
 * every signed-in user may read a pool customer's record, audit history and pool history — a rep
 * or manager has to judge a customer before claiming it. This is deliberately NOT folded into
 * `customerReadScope`: the scopes stay the SQL `owner_id IN (…)` of every list, count, export and
 * ledger path, so `/customers` remains "the customers I am responsible for" (reps and managers
 * find the pool through `/pool`, and `?owner=none` stays empty for them), and changing a pool
 * customer stays with admins (403 for others: readable, not writable) until someone claims it.
 */
export const readsCustomer = (scope: Scope | null, ownerId: string | null): boolean =>
  ownerId === null || inScope(scope, ownerId)

/** Who claims from the pool for themselves: those who can own customers (reps, managers). */
export const mayClaim = (role: Role): boolean => OWNER_ROLES.includes(role)

/** Who assigns and reassigns: a manager within their team, an admin to anyone who may own. */
export const mayAssign = (role: Role): boolean => role === 'manager' || role === 'admin'
