import { Button, DatePicker, Flex, Select } from 'antd'
import { EXPENSE_STATUSES } from '../../../core/expenses/expense-flow'
import { useT } from '../../i18n/use-t'
import { fromLocalDate, toLocalDate } from '../ledger/date-value'
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
      <DatePicker.RangePicker
        aria-label={t('ledger.dateRange')}
        value={[fromLocalDate(search.from) ?? null, fromLocalDate(search.to) ?? null]}
        onChange={(range) =>
          onChange({
            from: range?.[0] ? toLocalDate(range[0]) : undefined,
            to: range?.[1] ? toLocalDate(range[1]) : undefined,
          })
        }
        placeholder={[t('label.from'), t('label.to')]}
        allowEmpty={[true, true]}
      />
      {hasExpenseFilter(search) ? (
        <Button type="link" onClick={() => onChange(clear)} style={{ paddingInline: 0 }}>
          {t('customers.clearFilters')}
        </Button>
      ) : null}
    </Flex>
  )
}
