import type { User } from '../../../contracts/users'

/** Reps, managers and admins plan, check in and review; finance and auditors only read (as follow-ups). */
export const canPlanVisits = (user: User) =>
  user.role === 'rep' || user.role === 'manager' || user.role === 'admin'
