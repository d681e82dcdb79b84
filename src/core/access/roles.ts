/** Roles of DOMAIN.md "People and visibility". */
export const ROLES = ['admin', 'manager', 'rep', 'finance', 'auditor'] as const
export type Role = (typeof ROLES)[number]

/** Roles that can own customers: reps, and managers who keep accounts of their own. */
export const OWNER_ROLES: readonly Role[] = ['rep', 'manager']
