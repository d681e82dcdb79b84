import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { visitKeys } from './visit-keys'
import {
  fetchActions,
  fetchBrief,
  fetchCarried,
  fetchMetrics,
  fetchVisit,
  fetchVisitPage,
  type VisitSearch,
} from './visit-requests'

export const useVisitPages = (search: VisitSearch) =>
  useInfiniteQuery({
    queryKey: visitKeys.list(search),
    queryFn: ({ pageParam }) => fetchVisitPage(search, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor ?? undefined,
  })

export const useVisit = (id: string) =>
  useQuery({ queryKey: visitKeys.one(id), queryFn: () => fetchVisit(id) })

export const useBrief = (id: string) =>
  useQuery({ queryKey: visitKeys.brief(id), queryFn: () => fetchBrief(id) })

export const useCarried = (customer: string | undefined) =>
  useQuery({
    queryKey: visitKeys.carried(customer ?? ''),
    queryFn: () => fetchCarried(customer ?? ''),
    enabled: Boolean(customer),
  })

export const useActions = (query: { state: 'open' | 'done' | 'all'; rep?: string }) =>
  useQuery({ queryKey: visitKeys.actions(query), queryFn: () => fetchActions(query) })

export const useMetrics = (query: { from?: string; to?: string; rep?: string; team?: string }) =>
  useQuery({
    queryKey: visitKeys.metrics(query),
    queryFn: () => fetchMetrics(query),
    placeholderData: keepPreviousData,
  })
