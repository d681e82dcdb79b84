import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { fetchOutline, saveTexts, yearEndKeys, type YearEndQuery } from './year-end-requests'

export const useOutline = (query: YearEndQuery | null) =>
  useQuery({
    queryKey: query ? yearEndKeys.outline(query) : yearEndKeys.all,
    queryFn: () => fetchOutline(query as YearEndQuery),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  })

/** Saving changes what every outline of that year and scope prefills, in any language. */
export function useSaveTexts() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: saveTexts,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: yearEndKeys.all }),
  })
}
