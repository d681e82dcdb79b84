import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { followUpKeys } from './follow-up-keys'
import { fetchAgenda, fetchFollowUpPage, fetchTimelinePage, type AgendaQuery } from './follow-up-requests'
import type { FollowUpSearch } from './follow-up-search'

const nextPage = (last: { nextCursor: string | null }) => last.nextCursor ?? undefined

/** The previous day's agenda stays on screen while the next one loads: the page does not jump. */
export const useAgenda = (query: AgendaQuery, enabled = true) =>
  useQuery({
    queryKey: followUpKeys.agenda(query),
    queryFn: () => fetchAgenda(query),
    placeholderData: keepPreviousData,
    enabled,
  })

/** Newest first, page by page ("load more"), each page asked for with the previous one's cursor. */
export const useFollowUpPages = (search: FollowUpSearch) =>
  useInfiniteQuery({
    queryKey: followUpKeys.list(search),
    queryFn: ({ pageParam }) => fetchFollowUpPage(search, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPage,
  })

export const useTimelinePages = (customerId: string) =>
  useInfiniteQuery({
    queryKey: followUpKeys.timeline(customerId),
    queryFn: ({ pageParam }) => fetchTimelinePage(customerId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPage,
  })
