import { Select } from 'antd'
import { useT } from '../../i18n/use-t'
import { useCurrentUser } from '../auth/current-user'
import { useUsers } from '../users/use-users'
import { hasWeek } from './schedule-roles'

type Props = { value?: string; onChange: (rep: string | undefined) => void }

/** Whose week to plan: the users API answers a manager with their team, an admin with everyone. */
export function ScheduleRepSelect({ value, onChange }: Props) {
  const { t } = useT()
  const user = useCurrentUser()
  const users = useUsers()
  const reps = (users.data ?? []).filter(hasWeek)
  if (hasWeek(user) && !reps.some((u) => u.id === user.id)) reps.unshift(user)
  const options = reps.map((u) => ({
    value: u.id,
    label: u.id === user.id ? t('schedule.me', { name: u.name }) : u.name,
  }))
  return (
    <Select
      aria-label={t('label.rep')}
      placeholder={t('schedule.pickRep')}
      value={value}
      onChange={(rep?: string) => onChange(rep)}
      options={options}
      loading={users.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ minWidth: 200 }}
    />
  )
}
