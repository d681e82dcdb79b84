import { App } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Expense } from '../../../contracts/expenses'
import { useT } from '../../i18n/use-t'
import { isHttpError } from '../../lib/http'
import { expenseKeys } from './expense-keys'
import { approveExpense, rejectExpense, submitExpense, type SubmittedExpense } from './expense-requests'
import { useSubmitWarnings } from './use-submit-warnings'

type Decision = { expense: Expense; reason?: string }

/**
 * Submit, approve and reject from a list row, each with the version the row showed (If-Match).
 * On 412 someone acted first: the lists are reloaded and the reader is told, nothing is retried.
 */
export function useExpenseActions() {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const showWarnings = useSubmitWarnings()
  const refresh = () => queryClient.invalidateQueries({ queryKey: expenseKeys.all })
  const onError = (error: unknown) => {
    void refresh()
    if (isHttpError(error, 412)) return void message.warning(t('expenses.actedFirst'))
    void message.error(error instanceof Error ? error.message : String(error))
  }

  const submit = useMutation({
    mutationFn: ({ expense }: Decision) => submitExpense(expense.id, expense.version),
    onSuccess: (result: SubmittedExpense) => {
      void refresh()
      showWarnings(result)
    },
    onError,
  })
  const approve = useMutation({
    mutationFn: ({ expense }: Decision) => approveExpense(expense.id, expense.version),
    onSuccess: (saved) => {
      void refresh()
      // Above the limit the manager's approval is the first of two: say who comes next.
      void message.success(
        saved.status === 'approved' ? t('expenses.approved') : t('expenses.approvedAwaitingAdmin'),
      )
    },
    onError,
  })
  const reject = useMutation({
    mutationFn: ({ expense, reason }: Decision) => rejectExpense(expense.id, expense.version, reason ?? ''),
    onSuccess: () => {
      void refresh()
      void message.success(t('expenses.rejected'))
    },
    onError,
  })
  return { submit, approve, reject }
}
