import { Flex, Select } from 'antd'
import { EXPENSE_STATUSES } from '../../../core/expenses/expense-flow'
import { useT } from '../../i18n/use-t'
import { ClearFiltersLink } from '../../lib/ClearFiltersLink'
import { DateRangeFilter } from '../ledger/DateRangeFilter'
import { useUsers } from '../users/use-users'
import { hasExpenseFilter, type ExpenseFilter } from './expense-search'

type Props = {
  search: ExpenseFilter
  onChange: (patch: Partial<ExpenseFilter>) => void
  /** A rep sees only their own expenses: a rep filter would offer one name. */
  showRep: boolean
  /** The approval queue is always "submitted". */
  showStatus: boolean
}

export function ExpenseFilters({ search, onChange, showRep, showStatus }: Props) {
  const { t } = useT()
  const users = useUsers()
  const clear = { rep: undefined, status: undefined, from: undefined, to: undefined }
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      {showRep ? (
        <Select
          aria-label={t('label.repId')}
          placeholder={t('label.repId')}
          value={search.rep}
          onChange={(rep?: string) => onChange({ rep })}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={users.isPending}
          options={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          style={{ width: 170 }}
        />
      ) : null}
      {showStatus ? (
        <Select
          aria-label={t('label.status')}
          placeholder={t('label.status')}
          value={search.status}
          onChange={(status) => onChange({ status })}
          allowClear
          options={EXPENSE_STATUSES.map((s) => ({ value: s, label: t(`expenseStatus.${s}`) }))}
          style={{ width: 130 }}
        />
      ) : null}
      <DateRangeFilter from={search.from} to={search.to} onChange={onChange} />
      <ClearFiltersLink shown={hasExpenseFilter(search)} onClear={() => onChange(clear)} />
    </Flex>
  )
}
