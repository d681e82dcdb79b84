import { ArrowRightOutlined } from '@ant-design/icons'
import { Button, Card, Table, Tabs, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { Link } from 'react-router'
import type { RunCustomer, RunDetail } from '../../../contracts/classification'
import { useT } from '../../i18n/use-t'
import { Money } from '../ledger/Money'
import { TierTag } from '../customers/TierTag'
import { RUN_CHANGES, type RunChange } from './run-change'
import { useRunChanges } from './use-abc'

function ChangesTable({
  runId,
  change,
  metric,
}: {
  runId: string
  change: RunChange
  metric: 'sales' | 'collections'
}) {
  const { t } = useT()
  const pages = useRunChanges(runId, change)
  const items = pages.data?.pages.flatMap((p) => p.items) ?? []
  const columns: TableColumnsType<RunCustomer> = [
    { key: 'rank', title: t('abc.rank'), dataIndex: 'rank', width: 80, align: 'right' },
    {
      key: 'name',
      title: t('label.customerId'),
      render: (_, row) => <Link to={`/customers/${row.customerId}`}>{row.name}</Link>,
    },
    { key: 'owner', title: t('label.owner'), render: (_, row) => row.ownerName ?? t('customers.pool') },
    {
      key: 'change',
      title: t('label.change'),
      render: (_, row) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          {row.previousTier ? <TierTag tier={row.previousTier} /> : null}
          <ArrowRightOutlined style={{ margin: '0 8px 0 0', fontSize: 11, color: '#8c8c8c' }} />
          <TierTag tier={row.tier} />
        </span>
      ),
    },
    {
      key: 'value',
      title: t(`abc.column.${metric}`),
      align: 'right',
      render: (_, row) => <Money minor={row.value} />,
    },
  ]
  return (
    <>
      <Table
        rowKey="customerId"
        size="small"
        columns={columns}
        dataSource={items}
        loading={pages.isPending}
        pagination={false}
        locale={{ emptyText: t(change === 'promoted' ? 'abc.noPromoted' : 'abc.noDemoted') }}
        data-testid={`abc-${change}`}
      />
      {pages.hasNextPage ? (
        <Button
          block
          style={{ marginTop: 12 }}
          loading={pages.isFetchingNextPage}
          onClick={() => void pages.fetchNextPage()}
        >
          {t('customers.loadMore')}
        </Button>
      ) : null}
    </>
  )
}

/** The customers a run moved up or down (DOMAIN.md: tier changes are history), each a link to the customer. */
export function TierChangesCard({ detail }: { detail: RunDetail }) {
  const { t } = useT()
  const [tab, setTab] = useState<RunChange>('promoted')
  const count = { promoted: detail.visible.promoted, demoted: detail.visible.demoted }
  return (
    <Card title={t('abc.changes')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as RunChange)}
        items={RUN_CHANGES.map((change) => ({
          key: change,
          label: t(change === 'promoted' ? 'abc.promoted' : 'abc.demoted', { count: count[change] }),
          children: <ChangesTable runId={detail.run.id} change={change} metric={detail.run.metric} />,
        }))}
      />
    </Card>
  )
}
