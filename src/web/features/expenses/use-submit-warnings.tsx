import { App } from 'antd'
import { useT } from '../../i18n/use-t'
import type { SubmittedExpense } from './expense-requests'

/**
 * After a submission: a plain success, or — over budget, which still submits (DOMAIN.md) — the
 * server's warnings, already in the reader's language, in a warning the reader must close.
 */
export function useSubmitWarnings() {
  const { t } = useT()
  const { message, modal } = App.useApp()
  return ({ warnings }: SubmittedExpense) => {
    if (warnings.length === 0) return void message.success(t('expenses.submitted'))
    modal.warning({
      title: t('expenses.submittedOverBudget'),
      content: (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      ),
      okText: t('common.done'),
    })
  }
}
