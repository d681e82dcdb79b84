import { DownOutlined, KeyOutlined, LogoutOutlined } from '@ant-design/icons'
import { Avatar, Dropdown, Flex, Typography, type MenuProps } from 'antd'
import { useNavigate } from 'react-router'
import { useT } from '../../i18n/use-t'
import { useCurrentUser } from '../auth/current-user'
import { useLogout } from '../auth/use-session'

export function UserMenu() {
  const { t } = useT()
  const user = useCurrentUser()
  const navigate = useNavigate()
  const logout = useLogout()
  const items: MenuProps['items'] = [
    { key: 'email', label: user.email, disabled: true },
    { type: 'divider' },
    { key: 'tokens', icon: <KeyOutlined />, label: t('nav.apiTokens') },
    { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), danger: true },
  ]
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'tokens') void navigate('/account/tokens')
    if (key === 'logout') logout.mutate()
  }
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <button type="button" data-testid="user-menu" style={{ all: 'unset', cursor: 'pointer' }}>
        <Flex align="center" gap={10}>
          <Avatar style={{ background: '#1d4ed8' }}>{user.name.slice(0, 1).toUpperCase()}</Avatar>
          <Flex vertical style={{ lineHeight: 1.25 }}>
            <Typography.Text strong>{user.name}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`role.${user.role}`)}
            </Typography.Text>
          </Flex>
          <DownOutlined style={{ fontSize: 10, color: '#8c8c8c' }} />
        </Flex>
      </button>
    </Dropdown>
  )
}
