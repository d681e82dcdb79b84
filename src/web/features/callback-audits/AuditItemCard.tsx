import { Button, Card, Flex, Rate, Tag, Typography } from 'antd'
import type { AuditItem } from '../../../contracts/callback-audits'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { ChannelLabel } from '../follow-ups/ChannelLabel'
import { PhoneLink } from '../follow-ups/PhoneLink'
import { AuditResultTag } from './AuditResultTag'

type Props = { item: AuditItem; onRecord?: (item: AuditItem) => void }

/**
 * One call to make, readable with a phone in hand: whom to call (every number a tel: link), what
 * the rep claimed, and the result once recorded.
 */
export function AuditItemCard({ item, onRecord }: Props) {
  const { t } = useT()
  return (
    <Card
      size="small"
      data-testid="audit-item"
      data-record={item.recordId}
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text type="secondary">{item.position + 1}.</Typography.Text>
          <Typography.Text strong>{item.customerName}</Typography.Text>
          <AuditResultTag result={item.result} />
        </Flex>
      }
      extra={
        onRecord ? (
          <Button type={item.result ? 'default' : 'primary'} size="small" onClick={() => onRecord(item)}>
            {item.result ? t('callbackAudits.correct') : t('callbackAudits.record')}
          </Button>
        ) : null
      }
    >
      <Flex vertical gap={8}>
        <Flex gap={16} wrap>
          {item.customerPhone ? <PhoneLink phone={item.customerPhone} /> : null}
          {item.contacts.map((c) => (
            <span key={`${c.name}${c.phone}`} style={{ whiteSpace: 'nowrap' }}>
              <Typography.Text type="secondary">
                {c.name}
                {c.title ? `（${c.title}）` : ''}{' '}
              </Typography.Text>
              <PhoneLink phone={c.phone} />
            </span>
          ))}
          {!item.customerPhone && item.contacts.length === 0 ? (
            <Typography.Text type="warning">{t('callbackAudits.noPhone')}</Typography.Text>
          ) : null}
        </Flex>
        <div style={{ background: '#fafafa', borderRadius: 6, padding: '8px 12px' }}>
          <Flex gap={8} align="center" wrap style={{ marginBottom: 4 }}>
            <Tag>{t(`auditRecord.${item.recordKind}`)}</Tag>
            <Typography.Text>{item.repName}</Typography.Text>
            <Typography.Text type="secondary">
              {item.recordAt ? formatInstant(item.recordAt) : item.recordOn}
            </Typography.Text>
            {item.channel ? <ChannelLabel channel={item.channel} /> : null}
            {item.durationMinutes ? (
              <Typography.Text type="secondary">
                {item.durationMinutes} {t('followUps.minutesUnit')}
              </Typography.Text>
            ) : null}
          </Flex>
          {item.summary ? (
            <Typography.Paragraph style={{ margin: 0 }}>{item.summary}</Typography.Paragraph>
          ) : null}
          {item.outcome ? (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('followUps.field.outcome')}: {item.outcome}
            </Typography.Paragraph>
          ) : null}
          {item.place ? (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('label.place')}: {item.place}
            </Typography.Paragraph>
          ) : null}
          {item.objectives.length > 0 ? (
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
              {item.objectives.map((o) => (
                <li key={o.text}>{o.text}</li>
              ))}
            </ul>
          ) : null}
        </div>
        {item.result ? (
          <Flex gap={12} align="center" wrap>
            {item.satisfaction ? <Rate disabled value={item.satisfaction} style={{ fontSize: 14 }} /> : null}
            {item.note ? <Typography.Text>{item.note}</Typography.Text> : null}
            <Typography.Text type="secondary">
              {t('callbackAudits.calledBy', { name: item.calledByName ?? '', date: item.calledOn ?? '' })}
            </Typography.Text>
          </Flex>
        ) : null}
      </Flex>
    </Card>
  )
}
