import { Flex, Progress, Table, Tag, type TableColumnsType } from 'antd'
import type { BudgetView } from '../../../contracts/expenses'
import { useT } from '../../i18n/use-t'
import { Money } from '../ledger/Money'

type Props = { items: BudgetView[]; loading: boolean }

/** 500 basis points → "5", 1250 → "12.5": a share as people write a percentage. */
const percent = (bp: number) => String(bp / 100)

/** A share of nothing collected yet is a limit of 0: anything spent is then all over. */
const usedPercent = (b: BudgetView) =>
  b.limit > 0 ? Math.round((b.spent / b.limit) * 100) : b.spent > 0 ? 100 : 0

export function BudgetTable({ items, loading }: Props) {
  const { t } = useT()
  const columns: TableColumnsType<BudgetView> = [
    { key: 'rep', title: t('label.repId'), dataIndex: 'repName' },
    {
      key: 'period',
      title: t('expenses.period'),
      render: (_, b) => `${b.periodFrom} – ${b.periodTo}`,
    },
    {
      key: 'limit',
      title: t('expenses.limit'),
      align: 'right',
      render: (_, b) => (
        <>
          <Money minor={b.limit} />
          {b.shareBp !== null ? (
            <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>
              {t('expenses.shareOfCollections', { percent: percent(b.shareBp) })}
            </div>
          ) : null}
        </>
      ),
    },
    {
      key: 'collected',
      title: t('receivables.collected'),
      align: 'right',
      render: (_, b) => <Money minor={b.collected} />,
    },
    { key: 'spent', title: t('expenses.spent'), align: 'right', render: (_, b) => <Money minor={b.spent} /> },
    {
      key: 'remaining',
      title: t('expenses.remaining'),
      align: 'right',
      render: (_, b) => <Money minor={b.remaining} type={b.over ? 'danger' : undefined} />,
    },
    {
      key: 'usage',
      title: t('expenses.usage'),
      width: 240,
      render: (_, b) => (
        <Flex align="center" gap={8} wrap={false}>
          <Progress
            percent={usedPercent(b)}
            status={b.over ? 'exception' : 'normal'}
            // The bar stops at 100; the number still says by how much it is over (e.g. 514%).
            format={() => `${usedPercent(b)}%`}
            size="small"
            style={{ width: 130, margin: 0 }}
          />
          {b.over ? <Tag color="error">{t('expenses.overBudget')}</Tag> : null}
        </Flex>
      ),
    },
  ]
  return (
    <Table<BudgetView>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t('expenses.budgetsEmpty') }}
      scroll={{ x: 'max-content' }}
      data-testid="budget-table"
    />
  )
}
