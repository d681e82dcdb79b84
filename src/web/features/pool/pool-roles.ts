import type { Customer } from '../../../contracts/customers'
import type { User } from '../../../contracts/users'
import { mayAssign, mayClaim } from '../../../core/access/pool-access'

/** Reps and managers claim for themselves (core/access/pool-access.ts decides on the server too). */
export const claims = (user: User) => mayClaim(user.role)

/** Managers assign within their team, admins to anyone. */
export const assigns = (user: User) => mayAssign(user.role)

/** The owner, their manager (whoever reads an owned customer as a manager sees their team's) or an admin. */
export const releases = (user: User, customer: Pick<Customer, 'ownerId'>) =>
  customer.ownerId !== null &&
  (user.role === 'admin' || user.role === 'manager' || customer.ownerId === user.id)
