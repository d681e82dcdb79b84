import { Tag, Tooltip } from 'antd'
import type { Expense } from '../../../contracts/expenses'
import type { ExpenseStatus } from '../../../core/expenses/expense-flow'
import { useT } from '../../i18n/use-t'

const COLORS: Record<ExpenseStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  approved: 'success',
  rejected: 'error',
}

type Props = { expense: Pick<Expense, 'status' | 'managerApprovedBy' | 'rejectReason'> }

/** The status; a submitted expense the manager already approved waits for an administrator. */
export function ExpenseStatusTag({ expense }: Props) {
  const { t } = useT()
  const waitsForAdmin = expense.status === 'submitted' && expense.managerApprovedBy !== null
  const tag = (
    <Tag color={waitsForAdmin ? 'purple' : COLORS[expense.status]}>
      {waitsForAdmin ? t('expenses.awaitingAdmin') : t(`expenseStatus.${expense.status}`)}
    </Tag>
  )
  if (expense.status === 'rejected' && expense.rejectReason)
    return <Tooltip title={t('expenses.rejectedBecause', { reason: expense.rejectReason })}>{tag}</Tooltip>
  return tag
}
