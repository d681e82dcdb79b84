import type { User } from '../../../contracts/users'

/**
 * What the board offers each role. The server decides (DOMAIN.md "People and visibility"); these
 * only keep controls away from people who would be refused anyway.
 */

/** Reps, managers and admins open and move opportunities; finance reads them; the auditor reads no money. */
export const worksOpportunities = (user: User) =>
  user.role === 'rep' || user.role === 'manager' || user.role === 'admin'

/** A closed opportunity is history: only a manager (over its owner) or an admin reopens it. */
export const reopensOpportunities = (user: User) => user.role === 'manager' || user.role === 'admin'

/** Everyone but a rep sees more than their own, so may narrow the board to one rep. */
export const filtersByRep = (user: User) => user.role !== 'rep'
