import { useState } from 'react'
import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Tabs } from 'antd'
import { useNavigate, useParams } from 'react-router'
import type { Expense } from '../../../contracts/expenses'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { ExportButton } from '../../lib/ExportButton'
import { useCurrentUser } from '../auth/current-user'
import { ImportButton } from '../imports/ImportButton'
import { BudgetFormModal } from './BudgetFormModal'
import { BudgetsTab } from './BudgetsTab'
import { approvesExpenses, canRecordExpenses, setsBudgets } from './expense-roles'
import { ExpenseFormModal } from './ExpenseFormModal'
import { ExpenseListTab } from './ExpenseListTab'

const TABS = ['list', 'approve', 'budgets'] as const
type Tab = (typeof TABS)[number]
const PATHS: Record<Tab, string> = {
  list: '/expenses',
  approve: '/expenses/approve',
  budgets: '/expenses/budgets',
}

/** 費用: expenses, the approval queue and budgets — one tab each, in the URL. */
export function ExpensesPage() {
  const { t } = useT()
  const user = useCurrentUser()
  const navigate = useNavigate()
  const { tab: param } = useParams()
  // null: closed; 'new': a new expense; an expense: that draft.
  const [editing, setEditing] = useState<Expense | 'new' | null>(null)
  const [settingBudget, setSettingBudget] = useState(false)
  const tabs = TABS.filter((key) => key !== 'approve' || approvesExpenses(user))
  const tab = tabs.find((key) => key === param) ?? 'list'
  const items = [
    {
      key: 'list',
      label: user.role === 'rep' ? t('expenses.tabMine') : t('expenses.tabAll'),
      children: <ExpenseListTab queue={false} onEdit={setEditing} />,
    },
    ...(approvesExpenses(user)
      ? [
          {
            key: 'approve',
            label: t('expenses.tabApprove'),
            children: <ExpenseListTab queue onEdit={setEditing} />,
          },
        ]
      : []),
    { key: 'budgets', label: t('expenses.tabBudgets'), children: <BudgetsTab /> },
  ]
  return (
    <>
      <PageHeader
        title={t('expenses.title')}
        subtitle={t('expenses.subtitle')}
        extra={
          <>
            {tab === 'budgets' ? null : <ExportButton what="expenses" />}
            {tab === 'list' ? <ImportButton kind="expenses" /> : null}
            {tab === 'budgets' && setsBudgets(user) ? (
              <Button icon={<PlusOutlined />} onClick={() => setSettingBudget(true)}>
                {t('expenses.setBudget')}
              </Button>
            ) : null}
            {canRecordExpenses(user) ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
                {t('expenses.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          // Filters belong to one tab: switching starts from a clean URL.
          onChange={(key) => void navigate(PATHS[key as Tab])}
          destroyOnHidden
          items={items}
        />
      </Card>
      {editing ? (
        <ExpenseFormModal expense={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
      {settingBudget ? <BudgetFormModal onClose={() => setSettingBudget(false)} /> : null}
    </>
  )
}
