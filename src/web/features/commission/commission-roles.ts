import type { User } from '../../../contracts/users'

/**
 * What the pages offer each role; the server decides (app/commission-scope.ts). Admins and
 * finance set plans, assignments and adjustments; managers read their tree's results, reps their
 * own statement; the auditor has no commission pages.
 */
export const managesCommission = (user: User) => user.role === 'admin' || user.role === 'finance'

export const seesCommission = (user: User) => user.role !== 'auditor'
