import { Flex, Select } from 'antd'
import { useT } from '../../i18n/use-t'
import { ClearFiltersLink } from '../../lib/ClearFiltersLink'
import { useUsers } from '../users/use-users'
import { CustomerSelect } from './CustomerSelect'
import { DateRangeFilter } from './DateRangeFilter'
import { hasLedgerFilter, type LedgerSearch } from './ledger-search'

type Props = { search: LedgerSearch; onChange: (patch: Partial<LedgerSearch>) => void }

/** Customer, owner and a closed date range: the filters of the order and collection lists. */
export function LedgerFilters({ search, onChange }: Props) {
  const { t } = useT()
  const users = useUsers()
  const clear = { customer: undefined, owner: undefined, from: undefined, to: undefined }
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <CustomerSelect
        value={search.customer}
        onChange={(customer) => onChange({ customer })}
        style={{ width: 240 }}
      />
      <Select
        aria-label={t('label.owner')}
        placeholder={t('label.owner')}
        value={search.owner}
        onChange={(owner?: string) => onChange({ owner })}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={users.isPending}
        options={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        style={{ width: 160 }}
      />
      <DateRangeFilter from={search.from} to={search.to} onChange={onChange} />
      <ClearFiltersLink shown={hasLedgerFilter(search)} onClear={() => onChange(clear)} />
    </Flex>
  )
}
