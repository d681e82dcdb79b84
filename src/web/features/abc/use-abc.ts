import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import type { RunChange } from './run-change'
import { abcKeys } from './abc-keys'
import { fetchCustomerTier, fetchRun, fetchRunCustomers, fetchRuns } from './abc-requests'

export const useRuns = () => useQuery({ queryKey: abcKeys.runs, queryFn: fetchRuns })

export const useRun = (id: string | undefined) =>
  useQuery({ queryKey: abcKeys.run(id ?? ''), queryFn: () => fetchRun(id ?? ''), enabled: Boolean(id) })

/** A run's promotions or demotions the reader may see, in rank order, page by page. */
export const useRunChanges = (id: string, change: RunChange) =>
  useInfiniteQuery({
    queryKey: abcKeys.runCustomers(id, change),
    queryFn: ({ pageParam }) => fetchRunCustomers(id, { change }, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })

export const useCustomerTier = (customerId: string) =>
  useQuery({ queryKey: abcKeys.customerTier(customerId), queryFn: () => fetchCustomerTier(customerId) })
