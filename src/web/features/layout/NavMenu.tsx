import {
  AccountBookOutlined,
  BarChartOutlined,
  CalendarOutlined,
  ContactsOutlined,
  DeleteOutlined,
  FileTextOutlined,
  FundViewOutlined,
  GlobalOutlined,
  MessageOutlined,
  ScheduleOutlined,
  TeamOutlined,
  UploadOutlined,
  WalletOutlined,
} from '@ant-design/icons'
import { Menu, type MenuProps } from 'antd'
import { Link, useLocation } from 'react-router'
import { useT } from '../../i18n/use-t'
import { useCurrentUser } from '../auth/current-user'
import { canImport } from '../imports/can-import'
import { IMPORT_KINDS } from '../imports/import-kinds'

const selectedKey = (pathname: string) => pathname.split('/')[1] ?? ''

export function NavMenu() {
  const { t } = useT()
  const user = useCurrentUser()
  const { pathname } = useLocation()
  const isAdmin = user.role === 'admin'
  const items: MenuProps['items'] = [
    { key: 'agenda', icon: <CalendarOutlined />, label: <Link to="/agenda">{t('nav.agenda')}</Link> },
    ...(user.role === 'rep' || user.role === 'manager' || isAdmin
      ? [
          {
            key: 'schedule',
            icon: <ScheduleOutlined />,
            label: <Link to="/schedule">{t('nav.schedule')}</Link>,
          },
        ]
      : []),
    {
      key: 'customers',
      icon: <ContactsOutlined />,
      label: <Link to="/customers">{t('nav.customers')}</Link>,
    },
    { key: 'pool', icon: <GlobalOutlined />, label: <Link to="/pool">{t('nav.pool')}</Link> },
    {
      key: 'follow-ups',
      icon: <MessageOutlined />,
      label: <Link to="/follow-ups">{t('nav.followUps')}</Link>,
    },
    {
      key: 'team-monitor',
      icon: <FundViewOutlined />,
      label: <Link to="/team-monitor">{t('nav.teamMonitor')}</Link>,
    },
    { key: 'orders', icon: <FileTextOutlined />, label: <Link to="/orders">{t('nav.orders')}</Link> },
    {
      key: 'collections',
      icon: <AccountBookOutlined />,
      label: <Link to="/collections">{t('nav.collections')}</Link>,
    },
    {
      key: 'expenses',
      icon: <WalletOutlined />,
      label: <Link to="/expenses">{t('nav.expenses')}</Link>,
    },
    ...(isAdmin || user.role === 'manager'
      ? [{ key: 'abc', icon: <BarChartOutlined />, label: <Link to="/abc">{t('nav.abc')}</Link> }]
      : []),
    ...(IMPORT_KINDS.some((kind) => canImport(user, kind))
      ? [
          {
            key: 'imports',
            icon: <UploadOutlined />,
            label: <Link to="/imports">{t('nav.imports')}</Link>,
          },
        ]
      : []),
    ...(isAdmin
      ? [
          {
            key: 'recycle-bin',
            icon: <DeleteOutlined />,
            label: <Link to="/recycle-bin">{t('nav.recycleBin')}</Link>,
          },
          { key: 'users', icon: <TeamOutlined />, label: <Link to="/users">{t('nav.users')}</Link> },
        ]
      : []),
  ]
  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selectedKey(pathname)]}
      style={{ borderInlineEnd: 'none' }}
      aria-label={t('nav.main')}
    />
  )
}
