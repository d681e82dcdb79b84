import { Progress, Table, Typography } from 'antd'
import { Link } from 'react-router'
import type { DrawSummary } from '../../../contracts/callback-audits'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { ruleText } from './rule-text'

type Props = { draws: DrawSummary[]; loading: boolean }

/** The draws, newest first: period, rule, how many calls are made, discrepancies found. */
export function DrawTable({ draws, loading }: Props) {
  const { t } = useT()
  return (
    <Table<DrawSummary>
      rowKey="id"
      data-testid="draw-table"
      loading={loading}
      dataSource={draws}
      pagination={false}
      scroll={{ x: 760 }}
      locale={{ emptyText: t('callbackAudits.empty') }}
      columns={[
        {
          key: 'period',
          title: t('callbackAudits.period'),
          render: (_, d) => (
            <Link to={`/callback-audits/draws/${d.id}`} style={{ whiteSpace: 'nowrap' }}>
              {d.from} – {d.to}
            </Link>
          ),
        },
        { key: 'rule', title: t('callbackAudits.rule'), render: (_, d) => ruleText(t, d) },
        {
          key: 'sampled',
          title: t('callbackAudits.sampledOf'),
          render: (_, d) =>
            t('callbackAudits.sampledCount', { sampled: d.sampled, population: d.population }),
        },
        {
          key: 'progress',
          title: t('callbackAudits.progress'),
          width: 180,
          render: (_, d) => (
            <Progress
              percent={d.sampled ? Math.round((d.called / d.sampled) * 100) : 0}
              size="small"
              format={() => `${d.called}/${d.sampled}`}
            />
          ),
        },
        {
          key: 'discrepancies',
          title: t('auditResult.discrepancy'),
          align: 'right',
          render: (_, d) =>
            d.discrepancies ? <Typography.Text type="danger">{d.discrepancies}</Typography.Text> : 0,
        },
        {
          key: 'created',
          title: t('callbackAudits.drawnBy'),
          render: (_, d) => (
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              {d.actorName ?? ''} · {formatInstant(d.createdAt)}
            </Typography.Text>
          ),
        },
      ]}
    />
  )
}
