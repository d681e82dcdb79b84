import { Navigate } from 'react-router'
import { useCurrentUser } from '../auth/current-user'
import { hasOwnAgenda } from './follow-up-roles'

/** `/`: reps and managers start the day on their agenda (issue 4); everyone else on the customers. */
export function HomeRedirect() {
  const user = useCurrentUser()
  return <Navigate to={hasOwnAgenda(user) ? '/agenda' : '/customers'} replace />
}
