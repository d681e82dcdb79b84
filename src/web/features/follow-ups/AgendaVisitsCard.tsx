import { Card, Empty, Table, Tag, type TableColumnsType } from 'antd'
import { Link } from 'react-router'
import type { Agenda } from '../../../contracts/follow-ups'
import { useT } from '../../i18n/use-t'

type Visit = Agenda['visits'][number]

const STATUS_COLORS: Record<Visit['status'], string> = {
  planned: 'processing',
  checked_in: 'warning',
  missed: 'error',
}

/**
 * The day's visits still to make or to review, in time order, after the earlier ones whose review
 * is owed (with their date); each opens the visit.
 */
export function AgendaVisitsCard({
  date,
  visits,
  loading,
}: {
  date: string
  visits: Visit[]
  loading: boolean
}) {
  const { t } = useT()
  const owed = (v: Visit) => v.date < date
  const columns: TableColumnsType<Visit> = [
    {
      key: 'time',
      title: t('label.at'),
      width: 150,
      render: (_, v) => `${owed(v) ? `${v.date} ` : ''}${v.start}–${v.end}`,
    },
    {
      key: 'customer',
      title: t('label.customerId'),
      render: (_, v) => <Link to={`/visits/${v.id}`}>{v.customerName}</Link>,
    },
    { key: 'place', title: t('label.place'), render: (_, v) => v.place ?? '' },
    {
      key: 'status',
      title: t('label.status'),
      width: 130,
      render: (_, v) =>
        owed(v) ? (
          <Tag color="error">{t('agenda.reviewOwed')}</Tag>
        ) : (
          <Tag color={STATUS_COLORS[v.status]}>{t(`visitStatus.${v.status}`)}</Tag>
        ),
    },
  ]
  return (
    <Card title={t('agenda.visitsTitle')} data-testid="agenda-visits">
      <Table<Visit>
        rowKey="id"
        columns={columns}
        dataSource={visits}
        loading={loading}
        pagination={false}
        size="small"
        scroll={{ x: 520 }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('agenda.noVisits')} />,
        }}
      />
    </Card>
  )
}
