import { DatePicker, Empty, Flex, Segmented, Table, Typography, type TableColumnsType } from 'antd'
import { Link, useSearchParams } from 'react-router'
import { useT } from '../../i18n/use-t'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { fromLocalDate, toLocalDate } from '../ledger/date-value'
import type { ReceivableGroup, ReceivableList } from '../ledger/ledger-requests'
import { Money } from '../ledger/Money'
import { useReceivables } from '../ledger/use-ledger'

type Row = ReceivableList['items'][number]

const GROUPS: readonly ReceivableGroup[] = ['customer', 'order', 'rep']
const GROUP_LABELS = {
  customer: 'label.customerId',
  order: 'label.orderId',
  rep: 'receivables.byRep',
} as const
const PAGE_SIZE = 50

/** Receivable = confirmed orders − collections, grouped as asked, up to an optional date. */
export function ReceivablesTab() {
  const { t } = useT()
  const [params, setParams] = useSearchParams()
  const by = GROUPS.find((g) => g === params.get('by')) ?? 'customer'
  const asOf = params.get('asOf') ?? undefined
  const receivables = useReceivables({ by, asOf })
  const set = (key: string, value: string | undefined) =>
    setParams((current) => {
      const next = new URLSearchParams(current)
      if (value) next.set(key, value)
      else next.delete(key)
      return next
    })
  const nameOf = (row: Row) => {
    if (by === 'customer') return <Link to={`/customers/${row.id}`}>{row.name}</Link>
    if (by === 'order') return <Link to={`/orders/${row.id}`}>{row.name}</Link>
    return row.name
  }
  const columns: TableColumnsType<Row> = [
    { key: 'name', title: t(GROUP_LABELS[by]), render: (_, row) => nameOf(row) },
    {
      key: 'ordered',
      title: t('receivables.ordered'),
      align: 'right',
      width: 180,
      render: (_, r) => <Money minor={r.ordered} />,
    },
    {
      key: 'collected',
      title: t('receivables.collected'),
      align: 'right',
      width: 180,
      render: (_, r) => <Money minor={r.collected} />,
    },
    {
      key: 'receivable',
      title: t('receivables.receivable'),
      align: 'right',
      width: 180,
      render: (_, r) => <Money minor={r.receivable} strong={r.receivable > 0} />,
    },
  ]
  const total = receivables.data?.total
  return (
    <>
      <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('label.by')}</Typography.Text>
        <Segmented<ReceivableGroup>
          value={by}
          onChange={(next) => set('by', next === 'customer' ? undefined : next)}
          options={GROUPS.map((g) => ({ value: g, label: t(GROUP_LABELS[g]) }))}
        />
        <DatePicker
          aria-label={t('label.asOf')}
          placeholder={t('label.asOf')}
          value={fromLocalDate(asOf) ?? null}
          onChange={(day) => set('asOf', day ? toLocalDate(day) : undefined)}
          format="YYYY-MM-DD"
        />
        <Typography.Text type="secondary">
          {asOf ? t('receivables.asOfHint', { date: asOf }) : t('receivables.allDates')}
        </Typography.Text>
      </Flex>
      {receivables.isError ? (
        <QueryErrorResult error={receivables.error} onRetry={() => void receivables.refetch()} />
      ) : (
        <Table<Row>
          rowKey="id"
          data-testid="receivables-table"
          columns={columns}
          dataSource={receivables.data?.items ?? []}
          loading={receivables.isPending}
          size="middle"
          scroll={{ x: 640 }}
          pagination={
            (receivables.data?.items.length ?? 0) > PAGE_SIZE
              ? { pageSize: PAGE_SIZE, showSizeChanger: false }
              : false
          }
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('receivables.empty')} />,
          }}
          summary={() =>
            total ? (
              <Table.Summary fixed>
                <Table.Summary.Row style={{ background: '#fafafa' }}>
                  <Table.Summary.Cell index={0}>
                    <Typography.Text strong>{t('receivables.totalRow')}</Typography.Text>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    <Money minor={total.ordered} strong />
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">
                    <Money minor={total.collected} strong />
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    <span data-testid="receivable-total">
                      <Money minor={total.receivable} strong />
                    </span>
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              </Table.Summary>
            ) : null
          }
        />
      )}
    </>
  )
}
