import { Empty, Table, Typography, type TableColumnsType } from 'antd'
import { Link } from 'react-router'
import type { FollowUp } from '../../../contracts/follow-ups'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { useCurrentUser } from '../auth/current-user'
import { DeleteRecordButton } from '../recycle-bin/DeleteRecordButton'
import { canLogFollowUps } from './follow-up-roles'
import { ChannelLabel } from './ChannelLabel'

type Props = { items: FollowUp[]; loading: boolean; emptyText: string }

export function FollowUpTable({ items, loading, emptyText }: Props) {
  const { t } = useT()
  const user = useCurrentUser()
  const columns: TableColumnsType<FollowUp> = [
    {
      key: 'happenedAt',
      title: t('followUps.field.happenedAt'),
      width: 150,
      render: (_, f) => <span style={{ whiteSpace: 'nowrap' }}>{formatInstant(f.happenedAt)}</span>,
    },
    {
      key: 'customer',
      title: t('label.customerId'),
      width: 200,
      render: (_, f) => <Link to={`/customers/${f.customerId}`}>{f.customerName}</Link>,
    },
    { key: 'rep', title: t('label.repId'), dataIndex: 'repName', width: 130 },
    {
      key: 'channel',
      title: t('followUps.field.channel'),
      width: 110,
      render: (_, f) => <ChannelLabel channel={f.channel} />,
    },
    {
      key: 'duration',
      title: t('followUps.field.durationMinutes'),
      width: 90,
      align: 'right',
      render: (_, f) =>
        f.durationMinutes > 0 ? (
          <span style={{ whiteSpace: 'nowrap' }}>
            {t('followUps.minutes', { minutes: f.durationMinutes })}
          </span>
        ) : null,
    },
    {
      key: 'summary',
      title: t('followUps.field.summary'),
      render: (_, f) => (
        <>
          <Typography.Paragraph
            style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}
            ellipsis={{ rows: 3, expandable: 'collapsible' }}
          >
            {f.summary}
          </Typography.Paragraph>
          {f.outcome || f.nextStep || f.nextDate ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[
                f.outcome,
                f.nextStep && t('followUps.nextStepIs', { step: f.nextStep }),
                f.nextDate && t('followUps.nextDateIs', { date: f.nextDate }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    ...(canLogFollowUps(user)
      ? [
          {
            key: 'delete',
            title: '',
            width: 56,
            render: (_: unknown, f: FollowUp) => (
              <DeleteRecordButton kind="follow_up" record={f} name={f.customerName} compact />
            ),
          },
        ]
      : []),
  ]
  return (
    <Table<FollowUp>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 900 }}
      data-testid="follow-up-table"
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
    />
  )
}
