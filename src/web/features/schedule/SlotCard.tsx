import type { ReactNode } from 'react'
import { Card, Flex, Tag, Typography } from 'antd'
import { Link } from 'react-router'
import type { Tier } from '../../../core/customers/customer-fields'
import { useT } from '../../i18n/use-t'
import { TierTag } from '../customers/TierTag'

export type SlotKind = 'proposed' | 'planned' | 'done'

type Props = {
  kind: SlotKind
  customerId: string
  customerName: string
  tier: Tier | null
  start: string
  end: string
  formal?: boolean
  /** When it is due, in red when overdue. */
  due?: { text: string; overdue: boolean }
  why?: string
  actions?: ReactNode
}

// A proposal is a suggestion (dashed, blue); a planned visit is the rep's (solid, green).
const LOOK: Record<SlotKind, React.CSSProperties> = {
  proposed: { border: '1px dashed #69b1ff', background: '#f5faff' },
  planned: { border: '1px solid #b7eb8f', borderInlineStart: '4px solid #52c41a', background: '#f6ffed' },
  done: { border: '1px solid #d9d9d9', background: '#fafafa' },
}

/** One slot of the week view: time, customer, tier, why it is due, and what can be done with it. */
export function SlotCard({
  kind,
  customerId,
  customerName,
  tier,
  start,
  end,
  formal,
  due,
  why,
  actions,
}: Props) {
  const { t } = useT()
  return (
    <Card
      size="small"
      style={LOOK[kind]}
      styles={{ body: { padding: 8 } }}
      data-testid={`slot-${kind}`}
      aria-label={`${customerName} ${start}–${end}`}
    >
      <Flex justify="space-between" align="center" gap={4} wrap>
        <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
          {start}–{end}
        </Typography.Text>
        {kind === 'proposed' ? (
          <Tag color="blue" style={{ marginInlineEnd: 0 }}>
            {t('schedule.proposed')}
          </Tag>
        ) : (
          <Tag color={kind === 'planned' ? 'green' : 'default'} style={{ marginInlineEnd: 0 }}>
            {t(kind === 'planned' ? 'schedule.planned' : 'schedule.done')}
          </Tag>
        )}
      </Flex>
      <Flex align="center" gap={4} style={{ marginTop: 4, minWidth: 0 }}>
        {tier ? <TierTag tier={tier} /> : null}
        <Link to={`/customers/${customerId}`} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          {customerName}
        </Link>
      </Flex>
      {formal ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('meetingStyle.formal')}
        </Typography.Text>
      ) : null}
      {due ? (
        <div style={{ fontSize: 12, marginTop: 2 }}>
          <Typography.Text type={due.overdue ? 'danger' : undefined}>{due.text}</Typography.Text>
        </div>
      ) : null}
      {why ? (
        <div style={{ fontSize: 12 }}>
          <Typography.Text type="secondary">{why}</Typography.Text>
        </div>
      ) : null}
      {actions ? (
        <Flex gap={2} wrap style={{ marginTop: 6 }}>
          {actions}
        </Flex>
      ) : null}
    </Card>
  )
}
