import { Table, Typography, type TableColumnsType } from 'antd'
import type { Order } from '../../../contracts/orders'
import { useT } from '../../i18n/use-t'
import { Money } from '../ledger/Money'

type Line = Order['lines'][number]

/** The order's lines as the server computed them, and the total under the amounts. */
export function OrderLinesTable({ order }: { order: Order }) {
  const { t, lang } = useT()
  const columns: TableColumnsType<Line> = [
    { key: 'product', title: t('label.product'), dataIndex: 'product' },
    {
      key: 'quantity',
      title: t('label.quantity'),
      align: 'right',
      width: 110,
      render: (_, l) => l.quantity.toLocaleString(lang, { maximumFractionDigits: 3 }),
    },
    {
      key: 'unitPrice',
      title: t('label.unitPrice'),
      align: 'right',
      width: 150,
      render: (_, l) => <Money minor={l.unitPrice} />,
    },
    {
      key: 'discount',
      title: t('label.discount'),
      align: 'right',
      width: 130,
      render: (_, l) =>
        l.discount ? <Money minor={l.discount} /> : <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      key: 'amount',
      title: t('label.amount'),
      align: 'right',
      width: 160,
      render: (_, l) => <Money minor={l.amount} />,
    },
  ]
  return (
    <Table<Line>
      rowKey="id"
      columns={columns}
      dataSource={order.lines}
      pagination={false}
      size="middle"
      scroll={{ x: 640 }}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={4} align="right">
            <Typography.Text strong>{t('label.total')}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <span data-testid="order-total">
              <Money minor={order.total} strong />
            </span>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  )
}
