import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { OWNER_ROLES } from '../../../core/access/roles'
import type { User } from '../../../contracts/users'
import { queryKeys } from '../../lib/query-keys'
import { fetchUsers } from './user-requests'

/** The users the reader may see (admin all, manager their team, rep themselves). */
export const useUsers = () =>
  useQuery({
    queryKey: queryKeys.users,
    queryFn: fetchUsers,
    select: (data) => data.items,
    staleTime: 60_000,
  })

/** id → name, for owners and authors shown by id in lists and history. */
export function useUserNames(): Map<string, string> {
  const { data } = useUsers()
  return useMemo(() => new Map((data ?? []).map((u) => [u.id, u.name])), [data])
}

/** Who can own customers: active reps and managers (the server checks the team too). */
export const canOwnCustomers = (user: User) => !user.disabled && OWNER_ROLES.includes(user.role)
