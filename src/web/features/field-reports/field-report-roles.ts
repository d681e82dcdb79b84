import { OWNER_ROLES } from '../../../core/access/roles'
import type { User } from '../../../contracts/users'

/**
 * What the pages offer each role (DOMAIN.md "Reports from the field", "People and visibility"). The
 * server decides; these keep forms away from people who would be refused anyway.
 */

/** Reps and managers who keep accounts write daily and monthly reports of their own. */
export const writesReports = (user: User) => OWNER_ROLES.includes(user.role)

/** Everyone but a rep watches whose check-ins came in: a manager their team, the rest everyone. */
export const watchesCheckIns = (user: User) => user.role !== 'rep'
