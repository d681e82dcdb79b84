import { OWNER_ROLES } from '../../../core/access/roles'
import type { User } from '../../../contracts/users'

/**
 * What the pages offer each role. The server decides (DOMAIN.md "People and visibility"); these
 * only keep buttons away from people who would be refused anyway.
 */

/** Reps, managers and admins log follow-ups; finance and auditors only read. */
export const canLogFollowUps = (user: User) =>
  user.role === 'rep' || user.role === 'manager' || user.role === 'admin'

/** Reps and managers own customers: the agenda is their home page and their own by default. */
export const hasOwnAgenda = (user: User) => OWNER_ROLES.includes(user.role)

/** A rep sees only themselves; everyone above picks a rep (a manager: one of their team). */
export const picksRep = (user: User) => user.role !== 'rep'

/** Whose agenda a rep could be asked for: active reps and managers the reader sees. */
export const hasAgenda = (user: User) => !user.disabled && OWNER_ROLES.includes(user.role)
