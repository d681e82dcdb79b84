import { Empty, Table, Typography, type TableColumnsType } from 'antd'
import { Link } from 'react-router'
import type { Collection } from '../../../contracts/orders'
import { useT } from '../../i18n/use-t'
import { useCurrentUser } from '../auth/current-user'
import { canRecordLedger } from '../ledger/ledger-roles'
import { Money } from '../ledger/Money'
import { DeleteRecordButton } from '../recycle-bin/DeleteRecordButton'

type Props = { items: Collection[]; loading: boolean; emptyText: string; showCustomer?: boolean }

export function CollectionTable({ items, loading, emptyText, showCustomer = true }: Props) {
  const { t } = useT()
  const user = useCurrentUser()
  const columns: TableColumnsType<Collection> = [
    { key: 'collectedOn', title: t('label.collectedOn'), dataIndex: 'collectedOn', width: 120 },
    ...(showCustomer
      ? [
          {
            key: 'customer',
            title: t('label.customerId'),
            render: (_: unknown, c: Collection) => (
              <Link to={`/customers/${c.customerId}`}>{c.customerName}</Link>
            ),
          },
        ]
      : []),
    {
      key: 'order',
      title: t('label.orderId'),
      render: (_, c) =>
        c.orderId ? (
          <Link to={`/orders/${c.orderId}`}>{c.orderNumber}</Link>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    { key: 'owner', title: t('label.owner'), dataIndex: 'ownerName' },
    { key: 'method', title: t('label.method'), width: 130, render: (_, c) => t(`method.${c.method}`) },
    {
      key: 'amount',
      title: t('label.amount'),
      align: 'right',
      width: 160,
      render: (_, c) => <Money minor={c.amount} />,
    },
    ...(canRecordLedger(user)
      ? [
          {
            key: 'delete',
            title: '',
            width: 56,
            render: (_: unknown, c: Collection) => (
              <DeleteRecordButton kind="collection" record={c} name={c.customerName} compact />
            ),
          },
        ]
      : []),
  ]
  return (
    <Table<Collection>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 640 }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
    />
  )
}
