import type { QueryClient } from '@tanstack/react-query'
import { queryKeys } from '../../lib/query-keys'
import { expenseKeys } from '../expenses/expense-keys'

/**
 * After an import or its undo: any kind may have created customers besides its own records, and
 * orders and collections move receivables and budgets too, so every list it can touch refreshes.
 */
export function invalidateImported(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.customers })
  void queryClient.invalidateQueries({ queryKey: queryKeys.ledger })
  void queryClient.invalidateQueries({ queryKey: expenseKeys.all })
}
