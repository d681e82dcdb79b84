import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import {
  fetchHalfMonthPage,
  fetchHalfMonthReport,
  generateHalfMonth,
  halfMonthKeys,
} from './half-month-requests'

/** The half-months, newest first, page by page ("load more"). */
export const useHalfMonthPages = () =>
  useInfiniteQuery({
    queryKey: halfMonthKeys.list(),
    queryFn: ({ pageParam }) => fetchHalfMonthPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  })

/** One closed half-month's figures; the previous one stays on screen while the next loads. */
export const useHalfMonthReport = (period: string | undefined, version?: number) =>
  useQuery({
    queryKey: halfMonthKeys.report(period ?? '', version),
    queryFn: () => fetchHalfMonthReport(period as string, version),
    enabled: Boolean(period),
    placeholderData: keepPreviousData,
  })

/** A new kept version (admin, finance): the list and the figures are read again. */
export const useGenerateHalfMonth = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: generateHalfMonth,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: halfMonthKeys.all }),
  })
}
