import { Button, Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd'
import { FundViewOutlined } from '@ant-design/icons'
import { Link } from 'react-router'
import type { TeamTable as TeamTableDto, TeamTableRow } from '../../../contracts/team-table'
import { formatMoney } from '../../../core/money/format-money'
import { useT, type TKey } from '../../i18n/use-t'
import { Money } from '../ledger/Money'
import { CoverageCell } from '../monitor/CoverageCell'
import { chartPercent } from './chart-texts'

type Props = { table: TeamTableDto | undefined; loading: boolean }
type Figures = TeamTableDto['total']

const right = { align: 'right' as const }
/** Nulls (nothing to measure) sort below every number, whichever way the column is sorted. */
const byNumber = (value: (f: Figures) => number | null) => (a: Figures, b: Figures) =>
  (value(a) ?? -Infinity) - (value(b) ?? -Infinity)

/**
 * The team table (DOMAIN.md "Analyses", Team): one row per rep, every column sortable (sales,
 * largest first, by default), the team's total last. A rep's name opens their customers; the
 * monitor icon opens the team monitor, where each follow-up number opens its customers.
 */
export function TeamTable({ table, loading }: Props) {
  const { t, lang } = useT()
  const percent = chartPercent(lang)
  const ratio = (rate: number | null, part: number, whole: number) => (
    <Tooltip title={whole ? t('teamAnalysis.ratioOf', { part, whole }) : t('teamAnalysis.nothingToMeasure')}>
      <span style={{ fontVariantNumeric: 'tabular-nums' }}>{percent(rate)}</span>
    </Tooltip>
  )
  type Column = {
    key: string
    title: TKey
    sort: (f: Figures) => number | null
    cell: (f: Figures, row?: TeamTableRow) => React.ReactNode
    hint?: TKey
  }
  const figures: Column[] = [
    {
      key: 'sales',
      title: 'analysis.metric.sales',
      sort: (f) => f.sales,
      cell: (f) => (
        <Tooltip title={t('teamAnalysis.orders', { count: f.orders })}>
          <span>
            <Money minor={f.sales} />
          </span>
        </Tooltip>
      ),
    },
    {
      key: 'collections',
      title: 'analysis.metric.collections',
      sort: (f) => f.collections,
      cell: (f) => <Money minor={f.collections} />,
    },
    {
      key: 'receivable',
      title: 'analyses.receivablesAtEnd',
      sort: (f) => f.receivable,
      cell: (f) => <Money minor={f.receivable} type={f.receivable < 0 ? 'danger' : undefined} />,
    },
    {
      key: 'newCustomers',
      title: 'analysis.metric.newCustomers',
      sort: (f) => f.newCustomers,
      cell: (f) => <span style={{ fontVariantNumeric: 'tabular-nums' }}>{f.newCustomers}</span>,
    },
    {
      key: 'coverage',
      title: 'monitor.coverage',
      sort: (f) => f.coverage,
      cell: (f) => (
        <CoverageCell
          line={{ required: f.coverageRequired, counted: f.coverageCounted, coverage: f.coverage }}
        />
      ),
    },
    {
      key: 'achievedRate',
      title: 'visits.objectivesAchieved',
      sort: (f) => f.achievedRate,
      cell: (f) => ratio(f.achievedRate, f.objectivesAchieved, f.objectivesPlanned),
    },
    ...(table?.shows.audits !== false
      ? [
          {
            key: 'confirmationRate',
            title: 'callbackAudits.confirmationRate',
            sort: (f: Figures) => f.confirmationRate,
            cell: (f: Figures) => ratio(f.confirmationRate, f.auditsConfirmed, f.auditsReached),
          } satisfies Column,
        ]
      : []),
    {
      key: 'expenseRatio',
      title: 'analysis.metric.expenseRatio',
      sort: (f) => f.expenseRatio,
      cell: (f) => (
        <Tooltip title={t('teamAnalysis.expensesOf', { amount: formatMoney(f.expenses, lang) })}>
          <span style={{ fontVariantNumeric: 'tabular-nums' }}>{percent(f.expenseRatio)}</span>
        </Tooltip>
      ),
    },
    ...(table?.shows.commission !== false
      ? [
          {
            key: 'commission',
            title: 'commission.total',
            sort: (f: Figures) => f.commission,
            cell: (f: Figures) => (f.commission === null ? '—' : <Money minor={f.commission} />),
          } satisfies Column,
        ]
      : []),
  ]
  const columns: TableColumnsType<TeamTableRow> = [
    {
      key: 'rep',
      title: t('monitor.rep'),
      fixed: 'left',
      sorter: (a, b) => a.repName.localeCompare(b.repName),
      render: (_, row) => (
        <Flex align="center" gap={4} wrap={false} style={{ whiteSpace: 'nowrap' }}>
          <Tooltip title={t('teamAnalysis.openCustomers', { rep: row.repName })}>
            <Link to={`/customers?owner=${encodeURIComponent(row.repId)}`} data-testid="team-rep">
              {row.repName}
            </Link>
          </Tooltip>
          {row.role === 'manager' ? (
            <Tag style={{ marginInlineStart: 4 }} bordered={false}>
              {t('role.manager')}
            </Tag>
          ) : null}
          <Tooltip title={t('teamAnalysis.openMonitor')}>
            <Link to="/team-monitor" aria-label={t('teamAnalysis.openMonitor')}>
              <Button type="text" size="small" icon={<FundViewOutlined />} tabIndex={-1} />
            </Link>
          </Tooltip>
        </Flex>
      ),
    },
    ...figures.map((c) => ({
      key: c.key,
      dataIndex: c.key,
      title: t(c.title),
      ...right,
      sorter: byNumber(c.sort),
      sortDirections: ['descend' as const, 'ascend' as const],
      ...(c.key === 'sales' ? { defaultSortOrder: 'descend' as const } : {}),
      onHeaderCell: () => ({ 'data-testid': `team-sort-${c.key}` }) as React.HTMLAttributes<HTMLElement>,
      render: (_: unknown, row: TeamTableRow) => c.cell(row, row),
    })),
  ]
  return (
    <Table<TeamTableRow>
      rowKey="repId"
      size="small"
      bordered
      columns={columns}
      dataSource={table?.reps ?? []}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      showSorterTooltip={false}
      summary={() =>
        table && table.reps.length > 1 ? (
          <Table.Summary fixed="bottom">
            <Table.Summary.Row style={{ background: '#fafafa' }} data-testid="team-total">
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{t('monitor.total')}</Typography.Text>
              </Table.Summary.Cell>
              {figures.map((c, i) => (
                <Table.Summary.Cell key={c.key} index={i + 1} align="right">
                  <Typography.Text strong>{c.cell(table.total)}</Typography.Text>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        ) : null
      }
      locale={{ emptyText: t('monitor.empty') }}
      data-testid="team-table"
    />
  )
}
