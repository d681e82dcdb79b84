import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { SetupStatus, User } from '../../../contracts/users'
import { queryKeys } from '../../lib/query-keys'
import { fetchMe, fetchSetupStatus, login, logout, setupFirstAdmin } from './session-requests'

export const useSetupStatus = () =>
  useQuery({ queryKey: queryKeys.setup, queryFn: fetchSetupStatus, staleTime: Infinity })

export const useMe = (enabled: boolean) =>
  useQuery({ queryKey: queryKeys.me, queryFn: fetchMe, enabled, staleTime: 60_000 })

/** After sign-in the user is known: put it in the cache instead of asking /me again. */
function useSignedIn() {
  const queryClient = useQueryClient()
  return (user: User) => {
    queryClient.setQueryData<SetupStatus>(queryKeys.setup, (old) => old && { ...old, needsSetup: false })
    queryClient.setQueryData(queryKeys.me, user)
  }
}

export function useLogin() {
  const signedIn = useSignedIn()
  return useMutation({ mutationFn: login, onSuccess: signedIn })
}

export function useSetupFirstAdmin() {
  const signedIn = useSignedIn()
  return useMutation({ mutationFn: setupFirstAdmin, onSuccess: signedIn })
}

export function useLogout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      // Nothing of the previous user may linger in the cache for whoever signs in next.
      queryClient.setQueryData(queryKeys.me, null)
      queryClient.removeQueries({
        predicate: (query) => !['setup', 'me'].includes(String(query.queryKey[0])),
      })
    },
  })
}
