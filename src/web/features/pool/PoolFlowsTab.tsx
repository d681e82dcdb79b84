import { useState } from 'react'
import { DatePicker, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd'
import type { PoolFlow } from '../../../contracts/pool'
import { useT } from '../../i18n/use-t'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { fromLocalDate, toLocalDate } from '../ledger/date-value'
import { usePoolFlows } from './use-pool'
import { companyToday } from '../../lib/company-today'

const count = (n: number) => (n === 0 ? <Typography.Text type="secondary">0</Typography.Text> : n)

/** Per rep, customers in (claimed, assigned) and out (released, returned, reassigned away) over a period. */
export function PoolFlowsTab() {
  const { t } = useT()
  const [period, setPeriod] = useState(() => ({
    from: toLocalDate(companyToday().startOf('month')),
    to: toLocalDate(companyToday()),
  }))
  const flows = usePoolFlows(period.from, period.to)
  const columns: TableColumnsType<PoolFlow> = [
    { key: 'owner', title: t('label.owner'), dataIndex: 'ownerName' },
    {
      title: t('pool.flow.in'),
      children: [
        { key: 'claimed', title: t('pool.flow.claimed'), align: 'right', render: (_, f) => count(f.claimed) },
        {
          key: 'assigned',
          title: t('pool.flow.assigned'),
          align: 'right',
          render: (_, f) => count(f.assigned),
        },
        {
          key: 'in',
          title: t('pool.flow.total'),
          align: 'right',
          render: (_, f) => <Typography.Text strong>{f.in}</Typography.Text>,
        },
      ],
    },
    {
      title: t('pool.flow.out'),
      children: [
        {
          key: 'released',
          title: t('pool.flow.released'),
          align: 'right',
          render: (_, f) => count(f.released),
        },
        {
          key: 'returned',
          title: t('pool.flow.returned'),
          align: 'right',
          render: (_, f) => count(f.returned),
        },
        {
          key: 'reassignedAway',
          title: t('pool.flow.reassignedAway'),
          align: 'right',
          render: (_, f) => count(f.reassignedAway),
        },
        {
          key: 'out',
          title: t('pool.flow.total'),
          align: 'right',
          render: (_, f) => <Typography.Text strong>{f.out}</Typography.Text>,
        },
      ],
    },
  ]
  return (
    <>
      <Flex gap={12} align="center" style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('pool.flowsPeriod')}</Typography.Text>
        <DatePicker.RangePicker
          allowClear={false}
          value={[fromLocalDate(period.from) ?? null, fromLocalDate(period.to) ?? null]}
          onChange={(range) => {
            const [from, to] = range ?? []
            if (from && to) setPeriod({ from: toLocalDate(from), to: toLocalDate(to) })
          }}
        />
      </Flex>
      {flows.isError ? (
        <QueryErrorResult error={flows.error} onRetry={() => void flows.refetch()} />
      ) : (
        <Table<PoolFlow>
          rowKey="ownerId"
          size="middle"
          bordered
          columns={columns}
          dataSource={flows.data?.items ?? []}
          loading={flows.isPending}
          pagination={false}
          data-testid="pool-flows"
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
        />
      )}
    </>
  )
}
