import { Select } from 'antd'
import { useT } from '../../i18n/use-t'
import { useCurrentUser } from '../auth/current-user'
import { useUsers } from '../users/use-users'
import { hasAgenda } from './follow-up-roles'

type Props = {
  value?: string
  onChange: (rep: string | undefined) => void
  allowClear?: boolean
  placeholder?: string
  style?: React.CSSProperties
}

/**
 * The reps whose follow-ups the reader may see: the users API answers a manager with their team,
 * an admin with everyone. Only people who own customers are offered.
 */
export function RepSelect({ value, onChange, allowClear = false, placeholder, style }: Props) {
  const { t } = useT()
  const user = useCurrentUser()
  const users = useUsers()
  const reps = (users.data ?? []).filter(hasAgenda)
  if (hasAgenda(user) && !reps.some((u) => u.id === user.id)) reps.unshift(user)
  const options = reps.map((u) => ({
    value: u.id,
    label: u.id === user.id ? t('agenda.me', { name: u.name }) : u.name,
  }))
  return (
    <Select
      aria-label={t('label.repId')}
      placeholder={placeholder ?? t('agenda.pickRep')}
      value={value}
      onChange={(rep?: string) => onChange(rep)}
      options={options}
      loading={users.isPending}
      allowClear={allowClear}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ minWidth: 180, ...style }}
    />
  )
}
