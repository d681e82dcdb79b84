import { Flex } from 'antd'
import { useT } from '../../i18n/use-t'
import { ClearFiltersLink } from '../../lib/ClearFiltersLink'
import { CustomerSelect } from '../ledger/CustomerSelect'
import { DateRangeFilter } from '../ledger/DateRangeFilter'
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
      <DateRangeFilter from={search.from} to={search.to} onChange={onChange} />
      <ClearFiltersLink shown={hasFollowUpFilter(search)} onClear={() => onChange(clear)} />
    </Flex>
  )
}
