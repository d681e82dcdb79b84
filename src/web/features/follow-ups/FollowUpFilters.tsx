import { Button, DatePicker, Flex } from 'antd'
import { useT } from '../../i18n/use-t'
import { CustomerSelect } from '../ledger/CustomerSelect'
import { fromLocalDate, toLocalDate } from '../ledger/date-value'
import { hasFollowUpFilter, type FollowUpSearch } from './follow-up-search'
import { RepSelect } from './RepSelect'

type Props = {
  search: FollowUpSearch
  onChange: (patch: Partial<FollowUpSearch>) => void
  /** A rep sees only their own customers: a rep filter would offer one name. */
  showRep: boolean
}

/** Customer, rep and a closed date range: the filters of the follow-up list. */
export function FollowUpFilters({ search, onChange, showRep }: Props) {
  const { t } = useT()
  const clear = { customer: undefined, rep: undefined, from: undefined, to: undefined }
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <CustomerSelect
        value={search.customer}
        onChange={(customer) => onChange({ customer })}
        style={{ width: 240 }}
      />
      {showRep ? (
        <RepSelect
          value={search.rep}
          onChange={(rep) => onChange({ rep })}
          placeholder={t('label.repId')}
          allowClear
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
      {hasFollowUpFilter(search) ? (
        <Button type="link" onClick={() => onChange(clear)} style={{ paddingInline: 0 }}>
          {t('customers.clearFilters')}
        </Button>
      ) : null}
    </Flex>
  )
}
