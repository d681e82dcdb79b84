import { Table, Typography } from 'antd'
import type { SalesComparison } from '../../../contracts/analyses'
import { periodLabel } from '../../../core/analyses/period-label'
import { formatMoney } from '../../../core/money/format-money'
import { useT, type TKey } from '../../i18n/use-t'
import { chartPercent } from './chart-texts'

type Row = {
  key: string
  metric: TKey
  current: string
  previous: string
  difference: string
  change: number | null
  /** Whether a rise is good news (expenses and receivables rising are not). */
  upIsGood: boolean
}

/** Two periods side by side: each figure, the difference and the percent change (— where undefined). */
export function ComparisonTable({ c, loading }: { c: SalesComparison | undefined; loading: boolean }) {
  const { t, lang } = useT()
  const percent = chartPercent(lang)
  const money = (minor: number) => formatMoney(minor, lang)
  const signed = (text: string, n: number) => (n > 0 ? `+${text}` : text)
  const rows: Row[] = c
    ? [
        ...(
          [
            ['sales', 'analysis.metric.sales', c.sales, true],
            ['collections', 'analysis.metric.collections', c.collections, true],
            ['receivables', 'analyses.receivablesAtEnd', c.receivables, false],
            ['expenses', 'analyses.expensesApproved', c.expenses, false],
          ] as const
        ).map(([key, metric, m, upIsGood]) => ({
          key,
          metric,
          current: money(m.current),
          previous: money(m.previous),
          difference: signed(money(m.difference), m.difference),
          change: m.change,
          upIsGood,
        })),
        {
          key: 'expenseRatio',
          metric: 'analyses.expenseRatioHint',
          current: percent(c.expenseRatio.current),
          previous: percent(c.expenseRatio.previous),
          difference:
            c.expenseRatio.difference === null
              ? '—'
              : signed(percent(c.expenseRatio.difference), c.expenseRatio.difference),
          change: c.expenseRatio.change,
          upIsGood: false,
        },
        {
          key: 'newCustomers',
          metric: 'analysis.metric.newCustomers',
          current: String(c.newCustomers.current),
          previous: String(c.newCustomers.previous),
          difference: signed(String(c.newCustomers.difference), c.newCustomers.difference),
          change: c.newCustomers.change,
          upIsGood: true,
        },
      ]
    : []
  return (
    <Table<Row>
      size="small"
      rowKey="key"
      loading={loading}
      pagination={false}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      data-testid="comparison"
      columns={[
        { key: 'metric', title: t('analyses.metric'), render: (_, r) => t(r.metric) },
        {
          key: 'current',
          title: c ? periodLabel(c.period, lang) : '',
          align: 'right',
          render: (_, r) => <Typography.Text strong>{r.current}</Typography.Text>,
        },
        {
          key: 'previous',
          title: c ? periodLabel(c.previous, lang) : '',
          align: 'right',
          dataIndex: 'previous',
        },
        { key: 'difference', title: t('analyses.difference'), align: 'right', dataIndex: 'difference' },
        {
          key: 'change',
          title: t('analyses.change'),
          align: 'right',
          render: (_, r) =>
            r.change === null || r.change === 0 ? (
              percent(r.change)
            ) : (
              <Typography.Text type={r.change > 0 === r.upIsGood ? 'success' : 'danger'}>
                {r.change > 0 ? '+' : ''}
                {percent(r.change)}
              </Typography.Text>
            ),
        },
      ]}
    />
  )
}
