import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { expenseKeys } from './expense-keys'
import { fetchBudgets, fetchExpensePage } from './expense-requests'
import type { ExpenseFilter } from './expense-search'

/** The list grows page by page ("load more"), each page asked for with the previous one's cursor. */
export const useExpensePages = (filter: ExpenseFilter) =>
  useInfiniteQuery({
    queryKey: expenseKeys.list(filter),
    queryFn: ({ pageParam }) => fetchExpensePage(filter, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })

export const useBudgets = (rep: string | undefined) =>
  useQuery({ queryKey: expenseKeys.budgets(rep), queryFn: () => fetchBudgets(rep) })
