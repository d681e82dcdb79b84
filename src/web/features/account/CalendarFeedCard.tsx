import { useState } from 'react'
import { CalendarOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, Flex, Popconfirm, Typography } from 'antd'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import {
  calendarFeedKey,
  createCalendarFeed,
  fetchCalendarFeed,
  stopCalendarFeed,
} from './calendar-feed-requests'

/**
 * The private calendar feed (DOMAIN.md "Reminders"): one address per person, to subscribe to in
 * any calendar application. Only its hash is kept, so the address is shown once, when made; a new
 * one replaces it and the old stops at once.
 */
export function CalendarFeedCard() {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [url, setUrl] = useState<string | null>(null)
  const feed = useQuery({ queryKey: calendarFeedKey, queryFn: fetchCalendarFeed })
  const refresh = () => void queryClient.invalidateQueries({ queryKey: calendarFeedKey })
  const create = useMutation({
    mutationFn: createCalendarFeed,
    onSuccess: (made) => setUrl(`${window.location.origin}${made.path}`),
    onError: (error) => void message.error(error.message),
    onSettled: refresh,
  })
  const stop = useMutation({
    mutationFn: stopCalendarFeed,
    onSuccess: () => {
      setUrl(null)
      void message.success(t('calendarFeed.stopped'))
    },
    onError: (error) => void message.error(error.message),
    onSettled: refresh,
  })
  const active = feed.data?.active ?? false
  return (
    <Card
      title={
        <Flex align="center" gap={8}>
          <CalendarOutlined />
          {t('calendarFeed.title')}
        </Flex>
      }
      loading={feed.isPending}
      style={{ marginTop: 16 }}
      data-testid="calendar-feed"
    >
      <Typography.Paragraph type="secondary">{t('calendarFeed.subtitle')}</Typography.Paragraph>
      {url ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('calendarFeed.created')}
          description={
            <Typography.Text copyable code style={{ wordBreak: 'break-all' }} data-testid="calendar-feed-url">
              {url}
            </Typography.Text>
          }
        />
      ) : null}
      <Flex align="center" justify="space-between" gap={16} wrap>
        <Typography.Text type={active ? undefined : 'secondary'}>
          {active
            ? [
                t('calendarFeed.active', { date: formatInstant(feed.data?.createdAt) }),
                feed.data?.lastUsedAt
                  ? t('calendarFeed.lastUsed', { date: formatInstant(feed.data.lastUsedAt) })
                  : t('calendarFeed.neverUsed'),
              ].join(' · ')
            : t('calendarFeed.none')}
        </Typography.Text>
        <Flex gap={8}>
          {active ? (
            <>
              <Popconfirm
                title={t('calendarFeed.rotateConfirm')}
                okText={t('calendarFeed.rotate')}
                cancelText={t('common.cancel')}
                onConfirm={() => create.mutateAsync().catch(() => undefined)}
              >
                <Button loading={create.isPending}>{t('calendarFeed.rotate')}</Button>
              </Popconfirm>
              <Popconfirm
                title={t('calendarFeed.stopConfirm')}
                okText={t('calendarFeed.stop')}
                okButtonProps={{ danger: true }}
                cancelText={t('common.cancel')}
                onConfirm={() => stop.mutateAsync().catch(() => undefined)}
              >
                <Button danger loading={stop.isPending}>
                  {t('calendarFeed.stop')}
                </Button>
              </Popconfirm>
            </>
          ) : (
            <Button type="primary" loading={create.isPending} onClick={() => create.mutate()}>
              {t('calendarFeed.create')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Card>
  )
}
