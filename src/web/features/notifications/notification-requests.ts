import type { Notification } from '../../../contracts/notifications'
import { http } from '../../lib/http'
import { queryString } from '../../lib/query-string'

export const notificationKeys = {
  all: ['notifications'],
  count: ['notifications', 'count'],
  list: (unread: boolean) => ['notifications', 'list', unread],
} as const

export const fetchUnreadCount = () => http<{ unreadCount: number }>('GET', '/notifications/unread-count')
export const fetchNotifications = (unread: boolean) =>
  http<{ items: Notification[]; unreadCount: number }>(
    'GET',
    `/notifications${queryString({ unread: unread ? 'true' : undefined, limit: 100 })}`,
  )
export const markRead = (id: string) =>
  http<{ unreadCount: number }>('POST', `/notifications/${encodeURIComponent(id)}/read`)
export const markAllRead = () => http<{ unreadCount: number }>('POST', '/notifications/read-all')
