import { useState } from 'react'
import { AccountBookOutlined, FileTextOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Empty, Flex, Spin, Timeline, type TimelineItemProps } from 'antd'
import { useT } from '../../i18n/use-t'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { useCurrentUser } from '../auth/current-user'
import { CHANNEL_ICONS } from './channel-icons'
import type { TimelineEntry } from './follow-up-requests'
import { canLogFollowUps } from './follow-up-roles'
import { LogFollowUpModal } from './LogFollowUpModal'
import { TimelineEntryView } from './TimelineEntryView'
import { useTimelinePages } from './use-follow-ups'

const iconOf = (entry: TimelineEntry) => {
  if (entry.kind === 'order') return <FileTextOutlined style={{ color: '#389e0d' }} />
  if (entry.kind === 'collection') return <AccountBookOutlined style={{ color: '#d48806' }} />
  return <span style={{ color: '#1d4ed8' }}>{CHANNEL_ICONS[entry.channel ?? 'other']}</span>
}

type Props = { customer: { id: string; name: string; ownerId: string | null } }

/** A customer's follow-ups, orders and collections together, newest first, on the customer's page. */
export function CustomerTimelineCard({ customer }: Props) {
  const { t } = useT()
  const user = useCurrentUser()
  const [logging, setLogging] = useState(false)
  const pages = useTimelinePages(customer.id)
  const entries = pages.data?.pages.flatMap((page) => page.items) ?? []
  const items: TimelineItemProps[] = entries.map((entry) => ({
    key: `${entry.kind}:${entry.id}`,
    icon: iconOf(entry),
    content: <TimelineEntryView entry={entry} />,
  }))
  return (
    <Card
      title={t('timeline.title')}
      data-testid="customer-timeline"
      extra={
        // A customer in the pool is followed up once someone owns it; only admins write to the pool.
        canLogFollowUps(user) && (customer.ownerId !== null || user.role === 'admin') ? (
          <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setLogging(true)}>
            {t('followUps.log')}
          </Button>
        ) : null
      }
    >
      {pages.isPending ? (
        <Flex justify="center" style={{ padding: 24 }}>
          <Spin />
        </Flex>
      ) : pages.isError ? (
        <QueryErrorResult error={pages.error} onRetry={() => void pages.refetch()} />
      ) : entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('timeline.empty')} />
      ) : (
        <>
          <Timeline items={items} style={{ marginTop: 8 }} />
          {pages.hasNextPage ? (
            <Flex justify="center">
              <Button onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
                {t('customers.loadMore')}
              </Button>
            </Flex>
          ) : null}
        </>
      )}
      <LogFollowUpModal open={logging} onClose={() => setLogging(false)} customer={customer} />
    </Card>
  )
}
