import { useCurrentUser } from '../auth/current-user'
import type { OwnerChoice } from './customer-form-fields'

/** Admins may put a customer in the pool, managers pick someone in their team, reps own theirs. */
export function useOwnerChoice(): OwnerChoice {
  const { role } = useCurrentUser()
  if (role === 'admin') return 'pool'
  if (role === 'manager') return 'team'
  return 'none'
}
