import { Select } from 'antd'
import { useT } from '../../i18n/use-t'
import { useUsers } from './use-users'

type Props = {
  value?: string | null
  onChange?: (value: string | null) => void
  excludeId?: string
  id?: string
}

/** A user's manager: any active user but themselves (the server refuses cycles in the team tree). */
export function ManagerSelect({ value, onChange, excludeId, id }: Props) {
  const { t } = useT()
  const users = useUsers()
  const options = (users.data ?? [])
    .filter((u) => u.id !== excludeId && (!u.disabled || u.id === value))
    .map((u) => ({ value: u.id, label: `${u.name} · ${t(`role.${u.role}`)}` }))
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(next?: string) => onChange?.(next ?? null)}
      options={options}
      allowClear
      placeholder={t('users.noManager')}
      showSearch={{ optionFilterProp: 'label' }}
      loading={users.isPending}
    />
  )
}
