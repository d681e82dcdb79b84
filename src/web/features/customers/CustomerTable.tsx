import { Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd'
import type { CustomerListItem } from '../../../contracts/customers'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { customerColumns } from './customer-columns'

type Props = { items: CustomerListItem[]; loading: boolean; filtered: boolean }

const MAX_TAGS = 3

export function CustomerTable({ items, loading, filtered }: Props) {
  const { t } = useT()
  const columns: TableColumnsType<CustomerListItem> = [
    ...customerColumns<CustomerListItem>(t),
    {
      key: 'owner',
      title: t('label.owner'),
      render: (_, c) =>
        c.ownerName ?? <Typography.Text type="secondary">{t('customers.pool')}</Typography.Text>,
    },
    { key: 'phone', title: t('label.phone'), dataIndex: 'phone' },
    { key: 'region', title: t('label.region'), dataIndex: 'region', responsive: ['lg'] },
    {
      key: 'tags',
      title: t('label.tags'),
      responsive: ['xl'],
      render: (_, c) => (
        <Flex gap={4} wrap>
          {c.tags.slice(0, MAX_TAGS).map((tag) => (
            <Tag key={tag} style={{ marginInlineEnd: 0 }}>
              {tag}
            </Tag>
          ))}
          {c.tags.length > MAX_TAGS ? <Tag>+{c.tags.length - MAX_TAGS}</Tag> : null}
        </Flex>
      ),
    },
    {
      key: 'updatedAt',
      title: t('label.updatedAt'),
      width: 150,
      render: (_, c) => <Typography.Text type="secondary">{formatInstant(c.updatedAt)}</Typography.Text>,
    },
  ]
  return (
    <Table<CustomerListItem>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 760 }}
      locale={{
        emptyText: (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={filtered ? t('customers.noMatches') : t('customers.empty')}
          />
        ),
      }}
    />
  )
}
