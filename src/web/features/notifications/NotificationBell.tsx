import { BellOutlined } from '@ant-design/icons'
import { Badge, Button, Tooltip } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { useT } from '../../i18n/use-t'
import { fetchUnreadCount, notificationKeys } from './notification-requests'

/** The header's bell: the unread count, asked again every minute and when the window regains focus. */
export function NotificationBell() {
  const { t } = useT()
  const navigate = useNavigate()
  const count = useQuery({
    queryKey: notificationKeys.count,
    queryFn: fetchUnreadCount,
    refetchInterval: 60_000,
  })
  const unread = count.data?.unreadCount ?? 0
  const label = unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.title')
  return (
    <Tooltip title={label}>
      <Badge count={unread} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          shape="circle"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={label}
          data-testid="notification-bell"
          onClick={() => void navigate('/notifications')}
        />
      </Badge>
    </Tooltip>
  )
}
