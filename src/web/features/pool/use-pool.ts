import { useMemo } from 'react'
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { App } from 'antd'
import type { Customer } from '../../../contracts/customers'
import { queryKeys } from '../../lib/query-keys'
import { poolKeys } from './pool-keys'
import { fetchPoolFlows, fetchPoolHistory, fetchPoolPage, fetchPoolWarnings } from './pool-requests'
import { readPoolSearch, writePoolSearch, type PoolSearch } from './pool-search'

export const usePoolPages = (search: PoolSearch) =>
  useInfiniteQuery({
    queryKey: poolKeys.list(search),
    queryFn: ({ pageParam }) => fetchPoolPage(search, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })

export const usePoolWarnings = () => useQuery({ queryKey: poolKeys.warnings, queryFn: fetchPoolWarnings })

export const usePoolFlows = (from: string, to: string) =>
  useQuery({ queryKey: poolKeys.flows(from, to), queryFn: () => fetchPoolFlows(from, to) })

export const usePoolHistory = (customerId: string) =>
  useQuery({ queryKey: poolKeys.history(customerId), queryFn: () => fetchPoolHistory(customerId) })

export function usePoolSearch(): [PoolSearch, (patch: Partial<PoolSearch>) => void] {
  const [params, setParams] = useSearchParams()
  const search = useMemo(() => readPoolSearch(params), [params])
  const update = (patch: Partial<PoolSearch>) => setParams(writePoolSearch({ ...search, ...patch }))
  return [search, update]
}

/**
 * A claim, assignment or release: on success the pool and every customer query are refreshed and
 * `success` is said; a refusal (limit reached, gone from the pool) is shown as the server put it.
 */
export function usePoolChange<A>(change: (arg: A) => Promise<Customer>, success: (c: Customer) => string) {
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: change,
    onSuccess: (customer) => {
      void queryClient.invalidateQueries({ queryKey: poolKeys.all })
      void queryClient.invalidateQueries({ queryKey: queryKeys.customers })
      void message.success(success(customer))
    },
    onError: (error) => {
      void queryClient.invalidateQueries({ queryKey: poolKeys.all })
      void message.error(error.message)
    },
  })
}
