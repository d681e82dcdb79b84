import { Select } from 'antd'
import { useT } from '../../i18n/use-t'
import { useUsers } from '../users/use-users'
import { seesPool, useCurrentUser } from '../auth/current-user'
import { CustomerFilterBar } from './CustomerFilterBar'
import { hasFilter, type CustomerSearch } from './customer-search'

type Props = { search: CustomerSearch; onChange: (patch: Partial<CustomerSearch>) => void }

export function CustomerFilters({ search, onChange }: Props) {
  const { t } = useT()
  const users = useUsers()
  const me = useCurrentUser()
  const clear = { owner: undefined, tier: undefined, status: undefined, tag: undefined, q: undefined }
  return (
    <CustomerFilterBar
      search={search}
      onChange={onChange}
      filtered={hasFilter(search)}
      onClear={() => onChange(clear)}
    >
      <Select
        aria-label={t('label.owner')}
        placeholder={t('label.owner')}
        value={search.owner}
        onChange={(owner) => onChange({ owner })}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={users.isPending}
        options={[
          // Customers without an owner: only those who see every customer see the pool.
          ...(seesPool(me) ? [{ value: 'none', label: t('customers.pool') }] : []),
          ...(users.data ?? []).map((u) => ({ value: u.id, label: u.name })),
        ]}
        style={{ width: 150 }}
      />
    </CustomerFilterBar>
  )
}
