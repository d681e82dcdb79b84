import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import type { BinKind } from '../../../core/recycle-bin/bin-kinds'
import { deleteRecord, fetchRecycleBinPage, restoreRecord } from './recycle-bin-requests'

export const recycleBinKey = (kind: BinKind | undefined) => ['recycle-bin', kind ?? 'all'] as const

/** The bin grows page by page ("load more"), each page asked for with the previous one's cursor. */
export const useRecycleBinPages = (kind: BinKind | undefined) =>
  useInfiniteQuery({
    queryKey: recycleBinKey(kind),
    queryFn: ({ pageParam }) => fetchRecycleBinPage(kind, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })

type Target = { kind: BinKind; id: string; version: number }

/**
 * A delete or a restore changes lists, counts, receivables, agendas and analyses of several
 * features at once: every cached answer is refreshed rather than guessing which.
 */
function useBinMutation(run: (target: Target) => Promise<unknown>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries(),
  })
}

export const useDeleteRecord = () => useBinMutation((t) => deleteRecord(t.kind, t.id, t.version))
export const useRestoreRecord = () => useBinMutation((t) => restoreRecord(t.kind, t.id, t.version))
