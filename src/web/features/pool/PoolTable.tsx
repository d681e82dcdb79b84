import { useState } from 'react'
import { Button, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd'
import type { PoolListItem } from '../../../contracts/pool'
import { useT } from '../../i18n/use-t'
import { formatDate } from '../../lib/format'
import { useCurrentUser } from '../auth/current-user'
import { customerColumns } from '../customers/customer-columns'
import { AssignModal } from './AssignModal'
import { ClaimButton } from './ClaimButton'
import { assigns, claims } from './pool-roles'

type Props = { items: PoolListItem[]; loading: boolean; filtered: boolean; limitReached: boolean }

export function PoolTable({ items, loading, filtered, limitReached }: Props) {
  const { t } = useT()
  const user = useCurrentUser()
  const [assigning, setAssigning] = useState<PoolListItem | null>(null)
  const columns: TableColumnsType<PoolListItem> = [
    ...customerColumns<PoolListItem>(t),
    { key: 'region', title: t('label.region'), dataIndex: 'region', responsive: ['lg'] },
    { key: 'industry', title: t('label.industry'), dataIndex: 'industry', responsive: ['xl'] },
    {
      key: 'entered',
      title: t('pool.enteredOn'),
      width: 130,
      render: (_, c) =>
        c.enteredOn ? (
          formatDate(c.enteredOn)
        ) : (
          <Typography.Text type="secondary">{t('pool.neverOwned')}</Typography.Text>
        ),
    },
    {
      key: 'previousOwner',
      title: t('pool.previousOwner'),
      responsive: ['md'],
      render: (_, c) => c.previousOwnerName ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      key: 'actions',
      title: t('pool.actions'),
      width: 170,
      render: (_, c) => (
        <Flex gap={8}>
          {claims(user) ? <ClaimButton customer={c} limitReached={limitReached} /> : null}
          {assigns(user) ? (
            <Button size="small" onClick={() => setAssigning(c)}>
              {t('pool.assign')}
            </Button>
          ) : null}
        </Flex>
      ),
    },
  ]
  return (
    <>
      <Table<PoolListItem>
        rowKey="id"
        columns={columns}
        dataSource={items}
        loading={loading}
        pagination={false}
        size="middle"
        scroll={{ x: 760 }}
        data-testid="pool-table"
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={filtered ? t('customers.noMatches') : t('pool.empty')}
            />
          ),
        }}
      />
      {assigning ? <AssignModal customer={assigning} onClose={() => setAssigning(null)} /> : null}
    </>
  )
}
