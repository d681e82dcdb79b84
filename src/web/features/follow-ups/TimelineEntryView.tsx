import { Flex, Tag, Typography } from 'antd'
import { Link } from 'react-router'
import { COLLECTION_METHODS, type CollectionMethod } from '../../../core/ledger/order-lines'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { Money } from '../ledger/Money'
import { OrderStatusTag } from '../orders/OrderStatusTag'
import { ChannelLabel } from './ChannelLabel'
import type { TimelineEntry } from './follow-up-requests'

const isMethod = (value: string): value is CollectionMethod =>
  (COLLECTION_METHODS as readonly string[]).includes(value)

/** One line of a customer's timeline: what happened, when, by whom, and the amount if any. */
export function TimelineEntryView({ entry }: { entry: TimelineEntry }) {
  const { t } = useT()
  // Follow-ups carry an instant worth its time of day; orders and collections only a date.
  const when = entry.kind === 'follow_up' ? formatInstant(entry.at) : entry.date
  return (
    <Flex justify="space-between" align="flex-start" gap={16} data-kind={entry.kind}>
      <div style={{ minWidth: 0, flex: 1 }}>
        <Flex gap={8} align="center" wrap style={{ marginBottom: 2 }}>
          <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {when}
          </Typography.Text>
          <Tag style={{ marginInlineEnd: 0 }}>
            {entry.kind === 'follow_up' && entry.channel ? (
              <ChannelLabel channel={entry.channel} />
            ) : (
              t(`timeline.kind.${entry.kind}`)
            )}
          </Tag>
          {entry.who ? <Typography.Text type="secondary">{entry.who}</Typography.Text> : null}
        </Flex>
        <EntryTitle entry={entry} />
        {entry.kind === 'order' && entry.detail === 'cancelled' ? (
          <OrderStatusTag status="cancelled" />
        ) : entry.detail ? (
          <Typography.Text type="secondary" style={{ display: 'block', whiteSpace: 'pre-wrap' }}>
            {entry.detail}
          </Typography.Text>
        ) : null}
      </div>
      {entry.amount !== null ? (
        <Money
          minor={entry.amount}
          strong
          type={entry.kind === 'order' && entry.detail === 'cancelled' ? 'secondary' : undefined}
        />
      ) : null}
    </Flex>
  )
}

function EntryTitle({ entry }: { entry: TimelineEntry }) {
  const { t } = useT()
  if (entry.kind === 'order')
    return (
      <Link to={`/orders/${entry.id}`} style={{ fontWeight: 500 }}>
        {t('timeline.orderTitle', { number: entry.title })}
      </Link>
    )
  if (entry.kind === 'collection')
    return (
      <Typography.Text>{isMethod(entry.title) ? t(`method.${entry.title}`) : entry.title}</Typography.Text>
    )
  return (
    <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>
      {entry.title}
    </Typography.Paragraph>
  )
}
