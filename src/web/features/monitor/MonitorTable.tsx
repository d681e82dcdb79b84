import { Table, Tag, Typography, type TableColumnsType } from 'antd'
import type { MonitorRow, TeamMonitor } from '../../../contracts/team-monitor'
import { TIERS, type Tier } from '../../../core/follow-ups/tier'
import { useT } from '../../i18n/use-t'
import { CoverageCell } from './CoverageCell'
import { DrillNumber } from './DrillNumber'
import type { Drill } from './monitor-requests'

type Props = { monitor: TeamMonitor | undefined; loading: boolean; onDrill: (drill: Drill) => void }
type Figures = TeamMonitor['total']

const center = { align: 'center' as const }

/**
 * The reps side by side (DOMAIN.md "Monitoring"): overdue today by tier, coverage (per tier, on
 * the colour scale), untouched customers, follow-ups logged, tier changes and conversions, with
 * the team's total last. Each number opens the customers behind it.
 */
export function MonitorTable({ monitor, loading, onDrill }: Props) {
  const { t } = useT()
  const drill = (row: MonitorRow, what: Drill['what'], tier?: Tier) => () =>
    onDrill({ repId: row.repId, repName: row.repName, what, ...(tier ? { tier } : {}) })
  const tierTitle = (tier: Tier | null) => (tier ? tier : t('monitor.all'))
  const columns: TableColumnsType<MonitorRow> = [
    {
      key: 'rep',
      title: t('monitor.rep'),
      fixed: 'left',
      width: 160,
      render: (_, row) => (
        <span>
          <Typography.Text strong>{row.repName}</Typography.Text>
          {row.role === 'manager' ? (
            <Tag style={{ marginInlineStart: 8 }} bordered={false}>
              {t('role.manager')}
            </Tag>
          ) : null}
        </span>
      ),
    },
    {
      key: 'overdue',
      title: t('monitor.overdueToday'),
      children: [null, ...TIERS].map((tier) => ({
        key: `overdue-${tier ?? 'all'}`,
        title: tierTitle(tier),
        width: tier ? 46 : 56,
        ...center,
        render: (_: unknown, row: MonitorRow) => (
          <DrillNumber
            value={tier ? row.overdue[tier] : row.overdue.total}
            danger
            label={`${row.repName} ${t('monitor.overdueToday')} ${tierTitle(tier)}`}
            onOpen={drill(row, 'overdue', tier ?? undefined)}
          />
        ),
      })),
    },
    {
      key: 'coverage',
      title: t('monitor.coverage'),
      children: [null, ...TIERS].map((tier) => ({
        key: `coverage-${tier ?? 'all'}`,
        title: tierTitle(tier),
        width: tier ? 60 : 66,
        ...center,
        render: (_: unknown, row: MonitorRow) => (
          <CoverageCell
            line={tier ? row.coverage.byTier[tier] : row.coverage}
            strong={!tier}
            onOpen={drill(row, 'untouched', tier ?? undefined)}
          />
        ),
      })),
    },
    ...(
      [
        ['untouched', 'monitor.untouched'],
        ['touches', 'monitor.touches'],
        ['promoted', 'monitor.promoted'],
        ['demoted', 'monitor.demoted'],
        ['converted', 'monitor.converted'],
      ] as const
    ).map(([what, label]) => ({
      key: what,
      title: t(label),
      width: 84,
      ...center,
      render: (_: unknown, row: MonitorRow) => (
        <DrillNumber
          value={what === 'untouched' ? row.untouched.total : row[what]}
          label={`${row.repName} ${t(label)}`}
          onOpen={what === 'touches' ? undefined : drill(row, what)}
        />
      ),
    })),
  ]
  /** The team's total, in the columns' order; not clickable: the lists are per rep. */
  const total = (figures: Figures) => {
    const number = (value: number) => <Typography.Text strong>{value}</Typography.Text>
    const cells = [
      ...[null, ...TIERS].map((tier) => number(tier ? figures.overdue[tier] : figures.overdue.total)),
      ...[null, ...TIERS].map((tier) => (
        <CoverageCell line={tier ? figures.coverage.byTier[tier] : figures.coverage} strong={!tier} />
      )),
      ...[figures.untouched.total, figures.touches, figures.promoted, figures.demoted, figures.converted].map(
        number,
      ),
    ]
    return (
      <Table.Summary fixed="bottom">
        <Table.Summary.Row style={{ background: '#fafafa' }}>
          <Table.Summary.Cell index={0}>
            <Typography.Text strong>{t('monitor.total')}</Typography.Text>
          </Table.Summary.Cell>
          {cells.map((cell, i) => (
            <Table.Summary.Cell key={i} index={i + 1} align="center">
              {cell}
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      </Table.Summary>
    )
  }
  return (
    <Table<MonitorRow>
      rowKey="repId"
      size="small"
      bordered
      columns={columns}
      dataSource={monitor?.reps ?? []}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      summary={() => (monitor && monitor.reps.length > 1 ? total(monitor.total) : null)}
      locale={{ emptyText: t('monitor.empty') }}
      data-testid="monitor-table"
    />
  )
}
