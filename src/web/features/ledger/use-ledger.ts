import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../lib/query-keys'
import {
  fetchCollectionPage,
  fetchCollectionPlans,
  fetchOrder,
  fetchOrderPage,
  fetchOverdueByRep,
  fetchReceivables,
  type PlanQuery,
  type ReceivableQuery,
} from './ledger-requests'
import type { LedgerSearch } from './ledger-search'

const nextPage = (last: { nextCursor: string | null }) => last.nextCursor ?? undefined

/** Newest first, page by page ("load more"), each page asked for with the previous one's cursor. */
export const useOrderPages = (search: LedgerSearch) =>
  useInfiniteQuery({
    queryKey: queryKeys.orderList(search),
    queryFn: ({ pageParam }) => fetchOrderPage(search, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPage,
  })

export const useCollectionPages = (search: LedgerSearch) =>
  useInfiniteQuery({
    queryKey: queryKeys.collectionList(search),
    queryFn: ({ pageParam }) => fetchCollectionPage(search, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPage,
  })

export const useOrder = (id: string) =>
  useQuery({ queryKey: queryKeys.order(id), queryFn: () => fetchOrder(id) })

export const useReceivables = (query: ReceivableQuery) =>
  useQuery({ queryKey: queryKeys.receivables(query), queryFn: () => fetchReceivables(query) })

export const useCollectionPlans = (query: PlanQuery) =>
  useQuery({ queryKey: queryKeys.collectionPlans(query), queryFn: () => fetchCollectionPlans(query) })

export const useOverdueByRep = () =>
  useQuery({ queryKey: queryKeys.overdueByRep, queryFn: fetchOverdueByRep })
