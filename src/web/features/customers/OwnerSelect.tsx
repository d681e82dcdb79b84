import { Select } from 'antd'
import { useT } from '../../i18n/use-t'
import { canOwnCustomers, useUsers } from '../users/use-users'

type Props = {
  value?: string | null
  onChange?: (value: string | null) => void
  /** Only an admin may leave a customer without owner, in the pool (DOMAIN.md "Customer pool"). */
  allowPool: boolean
  id?: string
}

export function OwnerSelect({ value, onChange, allowPool, id }: Props) {
  const { t } = useT()
  const users = useUsers()
  const options = (users.data ?? [])
    .filter((u) => canOwnCustomers(u) || u.id === value)
    .map((u) => ({ value: u.id, label: `${u.name} · ${t(`role.${u.role}`)}` }))
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(next?: string) => onChange?.(next ?? null)}
      options={options}
      loading={users.isPending}
      allowClear={allowPool}
      placeholder={allowPool ? t('customers.poolPlaceholder') : undefined}
      showSearch={{ optionFilterProp: 'label' }}
    />
  )
}
