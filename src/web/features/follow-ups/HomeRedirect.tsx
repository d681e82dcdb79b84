import { Navigate } from 'react-router'
import { useCurrentUser } from '../auth/current-user'
import { hasOwnAgenda } from './follow-up-roles'

/**
 * `/`: reps and managers start the day on their agenda (issue 4); the auditor on the callback
 * audits, their work (DOMAIN.md "People and visibility"); everyone else on the customers.
 */
export function HomeRedirect() {
  const user = useCurrentUser()
  const home = hasOwnAgenda(user) ? '/agenda' : user.role === 'auditor' ? '/callback-audits' : '/customers'
  return <Navigate to={home} replace />
}
