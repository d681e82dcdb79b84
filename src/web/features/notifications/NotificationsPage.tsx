import { useState } from 'react'
import { Button, Card, Empty, Flex, List, Segmented, Typography } from 'antd'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { fetchNotifications, markAllRead, markRead, notificationKeys } from './notification-requests'
import { notificationView } from './notification-view'

/** The reader's notifications, newest first: unread ones marked, each read on a click. */
export function NotificationsPage() {
  const { t } = useT()
  const queryClient = useQueryClient()
  const [unreadOnly, setUnreadOnly] = useState(false)
  const list = useQuery({
    queryKey: notificationKeys.list(unreadOnly),
    queryFn: () => fetchNotifications(unreadOnly),
  })
  const refresh = () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all })
  const readOne = useMutation({ mutationFn: markRead, onSuccess: refresh })
  const readAll = useMutation({ mutationFn: markAllRead, onSuccess: refresh })
  const unread = list.data?.unreadCount ?? 0
  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        subtitle={t('notifications.subtitle')}
        extra={
          <Button disabled={unread === 0} loading={readAll.isPending} onClick={() => readAll.mutate()}>
            {t('notifications.markAllRead')}
          </Button>
        }
      />
      <Card
        extra={
          <Segmented<'all' | 'unread'>
            value={unreadOnly ? 'unread' : 'all'}
            onChange={(v) => setUnreadOnly(v === 'unread')}
            options={[
              { value: 'all', label: t('callbackAudits.all') },
              { value: 'unread', label: `${t('notifications.unread')} (${unread})` },
            ]}
          />
        }
      >
        {list.isError ? (
          <QueryErrorResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <List
            data-testid="notification-list"
            loading={list.isPending}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: <Empty description={t('notifications.empty')} /> }}
            renderItem={(n) => {
              const view = notificationView(t, n)
              return (
                <List.Item
                  data-unread={n.readAt ? undefined : 'true'}
                  style={{ background: n.readAt ? undefined : '#f0f7ff', paddingInline: 12 }}
                  actions={[
                    view.link ? (
                      <Link key="open" to={view.link} onClick={() => !n.readAt && readOne.mutate(n.id)}>
                        {t('notifications.open')}
                      </Link>
                    ) : null,
                    n.readAt ? null : (
                      <Button key="read" type="link" size="small" onClick={() => readOne.mutate(n.id)}>
                        {t('notifications.markRead')}
                      </Button>
                    ),
                  ].filter(Boolean)}
                >
                  <Flex vertical gap={2}>
                    <Typography.Text strong={!n.readAt}>{view.text}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatInstant(n.createdAt)}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )
            }}
          />
        )}
      </Card>
    </>
  )
}
