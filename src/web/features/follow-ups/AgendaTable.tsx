import { PlusOutlined } from '@ant-design/icons'
import { Button, Table, Typography, type TableColumnsType } from 'antd'
import { useT } from '../../i18n/use-t'
import { AgendaCustomer } from './AgendaCustomer'
import { AgendaDueTag } from './AgendaDueTag'
import type { AgendaItem } from './agenda-item'
import { PhoneLink } from './PhoneLink'

export type AgendaListProps = {
  items: AgendaItem[]
  loading: boolean
  isToday: boolean
  /** Undefined when the reader may not log follow-ups (finance, auditors). */
  onLog?: (item: AgendaItem) => void
  empty: React.ReactNode
}

/** The customers to follow up on a day: overdue first (the server's order), then those due. */
export function AgendaTable({ items, loading, isToday, onLog, empty }: AgendaListProps) {
  const { t } = useT()
  const columns: TableColumnsType<AgendaItem> = [
    { key: 'customer', title: t('label.customerId'), render: (_, item) => <AgendaCustomer item={item} /> },
    {
      key: 'due',
      title: t('label.status'),
      width: 130,
      render: (_, item) => <AgendaDueTag item={item} isToday={isToday} />,
    },
    {
      key: 'last',
      title: t('agenda.lastFollowUp'),
      width: 130,
      render: (_, item) =>
        item.lastFollowUpOn ?? <Typography.Text type="secondary">{t('agenda.never')}</Typography.Text>,
    },
    {
      key: 'phone',
      title: t('label.phone'),
      width: 170,
      render: (_, item) => (item.phone ? <PhoneLink phone={item.phone} /> : null),
    },
    ...(onLog
      ? [
          {
            key: 'log',
            align: 'right' as const,
            width: 140,
            render: (_: unknown, item: AgendaItem) => (
              <Button size="small" icon={<PlusOutlined />} onClick={() => onLog(item)}>
                {t('followUps.log')}
              </Button>
            ),
          },
        ]
      : []),
  ]
  return (
    <Table<AgendaItem>
      rowKey="customerId"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 760 }}
      data-testid="agenda-list"
      locale={{ emptyText: empty }}
    />
  )
}
