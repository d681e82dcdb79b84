import { Empty, Table, type TableColumnsType } from 'antd'
import { Link } from 'react-router'
import type { OrderListItem } from '../../../contracts/orders'
import { useT } from '../../i18n/use-t'
import { Money } from '../ledger/Money'
import { OrderStatusTag } from './OrderStatusTag'

type Props = { items: OrderListItem[]; loading: boolean; emptyText: string; showCustomer?: boolean }

export function OrderTable({ items, loading, emptyText, showCustomer = true }: Props) {
  const { t } = useT()
  const columns: TableColumnsType<OrderListItem> = [
    {
      key: 'number',
      title: t('label.number'),
      render: (_, o) => (
        <Link to={`/orders/${o.id}`} style={{ fontWeight: 500 }}>
          {o.number}
        </Link>
      ),
    },
    { key: 'orderDate', title: t('label.orderDate'), dataIndex: 'orderDate', width: 120 },
    ...(showCustomer
      ? [
          {
            key: 'customer',
            title: t('label.customerId'),
            render: (_: unknown, o: OrderListItem) => (
              <Link to={`/customers/${o.customerId}`}>{o.customerName}</Link>
            ),
          },
        ]
      : []),
    { key: 'owner', title: t('label.owner'), dataIndex: 'ownerName' },
    {
      key: 'status',
      title: t('label.status'),
      width: 100,
      render: (_, o) => <OrderStatusTag status={o.status} />,
    },
    {
      key: 'total',
      title: t('label.total'),
      align: 'right',
      width: 160,
      render: (_, o) => <Money minor={o.total} type={o.status === 'cancelled' ? 'secondary' : undefined} />,
    },
  ]
  return (
    <Table<OrderListItem>
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
