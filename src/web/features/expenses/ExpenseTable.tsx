import { useMemo } from 'react'
import { Table, Typography, type TableColumnsType } from 'antd'
import { Link } from 'react-router'
import type { Expense } from '../../../contracts/expenses'
import { useT } from '../../i18n/use-t'
import { formatDate } from '../../lib/format'
import { Money } from '../ledger/Money'
import { useCurrentUser } from '../auth/current-user'
import { useUsers } from '../users/use-users'
import { approvesExpenses, canRecordExpenses } from './expense-roles'
import { ExpenseActions } from './ExpenseActions'
import { ExpenseStatusTag } from './ExpenseStatusTag'
import type { useExpenseActions } from './use-expense-actions'

type Props = {
  items: Expense[]
  loading: boolean
  emptyText: string
  actions: ReturnType<typeof useExpenseActions>
  onEdit: (expense: Expense) => void
}

export function ExpenseTable({ items, loading, emptyText, actions, onEdit }: Props) {
  const { t } = useT()
  const user = useCurrentUser()
  const users = useUsers()
  // Who manages each rep decides who approves first; undefined when the rep is not visible here.
  const managers = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u.managerId])), [users.data])
  const columns: TableColumnsType<Expense> = [
    { key: 'date', title: t('label.expenseDate'), render: (_, e) => formatDate(e.expenseDate), width: 120 },
    { key: 'rep', title: t('label.repId'), dataIndex: 'repName' },
    {
      key: 'customer',
      title: t('label.customerId'),
      render: (_, e) =>
        e.customerId ? <Link to={`/customers/${e.customerId}`}>{e.customerName}</Link> : null,
    },
    {
      key: 'category',
      title: t('label.category'),
      render: (_, e) => (
        <>
          {t(`expenseCategory.${e.category}`)}
          {e.note ? (
            <Typography.Text
              type="secondary"
              ellipsis={{ tooltip: e.note }}
              style={{ display: 'block', maxWidth: 220, fontSize: 12 }}
            >
              {e.note}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    { key: 'amount', title: t('label.amount'), align: 'right', render: (_, e) => <Money minor={e.amount} /> },
    { key: 'status', title: t('label.status'), render: (_, e) => <ExpenseStatusTag expense={e} /> },
    // Finance and auditors only read: no column of empty cells for them.
    ...(canRecordExpenses(user) || approvesExpenses(user)
      ? [
          {
            key: 'actions',
            title: t('expenses.actions'),
            render: (_: unknown, e: Expense) => (
              <ExpenseActions
                expense={e}
                repManagerId={managers.get(e.repId)}
                actions={actions}
                onEdit={onEdit}
              />
            ),
          },
        ]
      : []),
  ]
  return (
    <Table<Expense>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      locale={{ emptyText }}
      scroll={{ x: 'max-content' }}
      data-testid="expense-table"
    />
  )
}
