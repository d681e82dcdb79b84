import {} from 'antd'
import type { Expense } from '../../../contracts/expenses'
import { useT } from '../../i18n/use-t'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { LoadMoreFooter } from '../../lib/LoadMoreFooter'
import { useCurrentUser } from '../auth/current-user'
import { hasExpenseFilter } from './expense-search'
import { ExpenseFilters } from './ExpenseFilters'
import { ExpenseTable } from './ExpenseTable'
import { useExpenseActions } from './use-expense-actions'
import { useExpensePages } from './use-expenses'
import { useExpenseSearch } from './use-expense-search'

type Props = { queue: boolean; onEdit: (expense: Expense) => void }

/** One list for both tabs: all the reader may see, or (queue) the submitted ones awaiting a decision. */
export function ExpenseListTab({ queue, onEdit }: Props) {
  const { t } = useT()
  const user = useCurrentUser()
  const [search, setSearch] = useExpenseSearch()
  const filter = queue ? { ...search, status: 'submitted' as const } : search
  const pages = useExpensePages(filter)
  const actions = useExpenseActions()
  const items = pages.data?.pages.flatMap((page) => page.items) ?? []
  const emptyText = hasExpenseFilter(search)
    ? t('expenses.noMatches')
    : queue
      ? t('expenses.queueEmpty')
      : t('expenses.empty')
  return (
    <>
      <ExpenseFilters
        search={search}
        onChange={setSearch}
        showRep={user.role !== 'rep'}
        showStatus={!queue}
      />
      {pages.isError ? (
        <QueryErrorResult error={pages.error} onRetry={() => void pages.refetch()} />
      ) : (
        <ExpenseTable
          items={items}
          loading={pages.isPending}
          emptyText={emptyText}
          actions={actions}
          onEdit={onEdit}
        />
      )}
      <LoadMoreFooter shown={items.length} pages={pages} />
    </>
  )
}
