import { useState } from 'react'
import { Button, Popconfirm, Space } from 'antd'
import type { Expense } from '../../../contracts/expenses'
import { useT } from '../../i18n/use-t'
import { useCurrentUser } from '../auth/current-user'
import { DeleteRecordButton } from '../recycle-bin/DeleteRecordButton'
import { canRecordExpenses, decidesNow } from './expense-roles'
import { RejectModal } from './RejectModal'
import type { useExpenseActions } from './use-expense-actions'

type Props = {
  expense: Expense
  repManagerId: string | null | undefined
  actions: ReturnType<typeof useExpenseActions>
  onEdit: (expense: Expense) => void
}

/** The row's buttons: a draft is edited and submitted; a submitted one is decided by the next approver. */
export function ExpenseActions({ expense, repManagerId, actions, onEdit }: Props) {
  const { t } = useT()
  const user = useCurrentUser()
  const [rejecting, setRejecting] = useState(false)
  const busy = (m: { isPending: boolean; variables?: { expense: Expense } }) =>
    m.isPending && m.variables?.expense.id === expense.id

  if (expense.status === 'draft' && canRecordExpenses(user))
    return (
      <Space size={4}>
        <Button size="small" onClick={() => onEdit(expense)}>
          {t('common.edit')}
        </Button>
        <Button
          size="small"
          type="primary"
          ghost
          loading={busy(actions.submit)}
          onClick={() => actions.submit.mutate({ expense })}
        >
          {t('expenses.submit')}
        </Button>
        <DeleteRecordButton
          kind="expense"
          record={expense}
          name={t(`expenseCategory.${expense.category}`)}
          compact
        />
      </Space>
    )
  // A rejected expense is the rep's to take back (app/delete-record.ts); an approved one stays.
  if (expense.status === 'rejected' && canRecordExpenses(user))
    return (
      <DeleteRecordButton
        kind="expense"
        record={expense}
        name={t(`expenseCategory.${expense.category}`)}
        compact
      />
    )
  if (!decidesNow(user, expense, repManagerId)) return null
  return (
    <Space size={4}>
      <Popconfirm
        title={t('expenses.approveConfirm')}
        okText={t('expenses.approve')}
        cancelText={t('common.cancel')}
        onConfirm={() => actions.approve.mutate({ expense })}
      >
        <Button size="small" type="primary" loading={busy(actions.approve)}>
          {t('expenses.approve')}
        </Button>
      </Popconfirm>
      <Button size="small" danger onClick={() => setRejecting(true)}>
        {t('expenses.reject')}
      </Button>
      <RejectModal
        open={rejecting}
        confirming={busy(actions.reject)}
        onCancel={() => setRejecting(false)}
        onReject={(reason) =>
          actions.reject.mutate({ expense, reason }, { onSettled: () => setRejecting(false) })
        }
      />
    </Space>
  )
}
