import { Button, Table, type TableColumnsType } from 'antd'
import type { GainLossDto } from '../../../contracts/analyses'
import type { GainLossGroup } from '../../../core/analyses/gain-loss'
import { useT } from '../../i18n/use-t'
import { Money } from '../ledger/Money'
import type { GroupDrill } from './analysis-requests'
import { chartPercent } from './chart-texts'

export type BreakdownRow = GainLossDto & {
  key: string
  name: string
  narrow: Omit<GroupDrill, 'group' | 'title'>
}

type Props = {
  rows: readonly BreakdownRow[]
  label: string
  loading: boolean
  onDrill: (drill: GroupDrill) => void
  testId: string
}

/** The gain/loss of each rep, tier or region: counts that open their customers, sales before and after. */
export function BreakdownTable({ rows, label, loading, onDrill, testId }: Props) {
  const { t, lang } = useT()
  const percent = chartPercent(lang)
  const count = (group: GainLossGroup) => ({
    key: group,
    title: t(`analysis.group.${group}`),
    align: 'right' as const,
    render: (_: unknown, r: BreakdownRow) =>
      r[group].count === 0 ? (
        0
      ) : (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          onClick={() =>
            onDrill({ group, ...r.narrow, title: `${r.name} · ${t(`analysis.group.${group}`)}` })
          }
        >
          {r[group].count}
        </Button>
      ),
  })
  const columns: TableColumnsType<BreakdownRow> = [
    { key: 'name', title: label, dataIndex: 'name', fixed: 'left' },
    count('new'),
    count('retained'),
    count('reactivated'),
    count('lost'),
    {
      key: 'previous',
      title: t('analyses.salesPrevious'),
      align: 'right',
      render: (_, r) => <Money minor={r.bridge.previous} />,
    },
    {
      key: 'current',
      title: t('analyses.salesPeriod'),
      align: 'right',
      render: (_, r) => <Money minor={r.bridge.current} strong />,
    },
    {
      key: 'change',
      title: t('analyses.change'),
      align: 'right',
      render: (_, r) =>
        percent(r.bridge.previous === 0 ? null : (r.bridge.current - r.bridge.previous) / r.bridge.previous),
    },
    {
      key: 'expansion',
      title: t('analysis.bridge.expansion'),
      align: 'right',
      render: (_, r) => <Money minor={r.bridge.expansion} type="success" />,
    },
    {
      key: 'contraction',
      title: t('analysis.bridge.contraction'),
      align: 'right',
      render: (_, r) => <Money minor={r.bridge.contraction} type="danger" />,
    },
  ]
  return (
    <Table<BreakdownRow>
      size="small"
      rowKey="key"
      loading={loading}
      dataSource={[...rows]}
      columns={columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid={testId}
    />
  )
}
