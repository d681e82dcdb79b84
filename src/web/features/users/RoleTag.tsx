import { Tag } from 'antd'
import type { Role } from '../../../core/access/roles'
import { useT } from '../../i18n/use-t'

const COLORS: Record<Role, string> = {
  admin: 'purple',
  manager: 'geekblue',
  rep: 'blue',
  finance: 'green',
  auditor: 'orange',
}

export function RoleTag({ role }: { role: Role }) {
  const { t } = useT()
  return <Tag color={COLORS[role]}>{t(`role.${role}`)}</Tag>
}
