import { OWNER_ROLES } from '../../../core/access/roles'
import type { User } from '../../../contracts/users'

/**
 * Who plans weeks (the server decides; these only keep the page and its buttons away from people
 * who would be refused): reps their own, managers their team's, admins anyone's.
 */
export const plansWeeks = (user: User) =>
  user.role === 'rep' || user.role === 'manager' || user.role === 'admin'

/** Reps and managers own customers: their own week is shown first. */
export const hasOwnWeek = (user: User) => OWNER_ROLES.includes(user.role)

/** Managers and admins pick whose week to plan. */
export const picksRep = (user: User) => user.role === 'manager' || user.role === 'admin'

/** Whose week can be planned: active reps and managers. */
export const hasWeek = (user: User) => !user.disabled && OWNER_ROLES.includes(user.role)
