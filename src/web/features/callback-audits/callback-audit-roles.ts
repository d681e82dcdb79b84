import type { User } from '../../../contracts/users'

/**
 * What the pages offer each role (the server decides, DOMAIN.md "Callback audits"): auditors and
 * admins draw and call; managers read their team's results, reps their own; finance has no part.
 */
export const drawsAudits = (user: User) => user.role === 'auditor' || user.role === 'admin'
export const readsAudits = (user: User) => user.role !== 'finance'
