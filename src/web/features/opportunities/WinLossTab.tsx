import { Card, Col, Flex, Row, Statistic, Table, Typography } from 'antd'
import ReactEChartsCore from 'echarts-for-react/esm/core'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { WinLossView } from '../../../contracts/opportunities'
import { formatMoney } from '../../../core/money/format-money'
import { useT } from '../../i18n/use-t'
import { echarts } from '../../lib/echarts'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { Money } from '../ledger/Money'
import { formatShare } from '../monitor/CoverageCell'
import { opportunityKeys } from './opportunity-keys'
import { fetchWinLoss, type OpportunityFilter } from './opportunity-requests'
import { lossReasonLabel, stageLabel } from './stage-label'
import { winLossChartOption } from './win-loss-chart-option'

type Tally = { won: number; lost: number; wonAmount: number; lostAmount: number; winRate: number | null }

/** 得失: what closed in the period — through the hurdles, why it was lost, by rep and by month. */
export function WinLossTab({ filter }: { filter: OpportunityFilter }) {
  const { t, lang } = useT()
  const analysis = useQuery({
    queryKey: opportunityKeys.analysis(filter),
    queryFn: () => fetchWinLoss(filter),
    placeholderData: keepPreviousData,
  })
  if (analysis.isError)
    return <QueryErrorResult error={analysis.error} onRetry={() => void analysis.refetch()} />
  const a = analysis.data
  const rate = (r: number | null) => (r === null ? '—' : formatShare(r, lang))
  const money = (minor: number) => <Money minor={minor} />
  const tallyColumns = [
    { key: 'won', title: t('opportunityStage.won'), dataIndex: 'won', align: 'right' as const },
    { key: 'lost', title: t('opportunityStage.lost'), dataIndex: 'lost', align: 'right' as const },
    {
      key: 'wonAmount',
      title: t('opportunities.wonAmount'),
      align: 'right' as const,
      render: (_: unknown, r: Tally) => money(r.wonAmount),
    },
    {
      key: 'lostAmount',
      title: t('opportunities.lostAmount'),
      align: 'right' as const,
      render: (_: unknown, r: Tally) => money(r.lostAmount),
    },
    {
      key: 'winRate',
      title: t('opportunities.winRate'),
      align: 'right' as const,
      render: (_: unknown, r: Tally) => rate(r.winRate),
    },
  ]
  return (
    <Flex vertical gap={16} data-testid="win-loss">
      <Typography.Text type="secondary">
        {a ? t('opportunities.analysisPeriod', { from: a.from, to: a.to }) : null}
      </Typography.Text>
      <Flex gap={48} wrap>
        <Statistic title={t('opportunities.closedCount')} value={a?.total.count ?? 0} loading={!a} />
        <Statistic
          title={t('opportunityStage.won')}
          value={a ? `${a.total.won} · ${formatMoney(a.total.wonAmount, lang)}` : ''}
          loading={!a}
        />
        <Statistic
          title={t('opportunityStage.lost')}
          value={a ? `${a.total.lost} · ${formatMoney(a.total.lostAmount, lang)}` : ''}
          loading={!a}
        />
        <Statistic
          title={t('opportunities.winRate')}
          value={a ? rate(a.total.winRate) : ''}
          loading={!a}
          data-testid="win-rate"
        />
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('opportunities.byStage')}>
            <Table<WinLossView['stages'][number]>
              size="small"
              rowKey="stage"
              pagination={false}
              loading={analysis.isFetching}
              dataSource={a?.stages ?? []}
              scroll={{ x: 'max-content' }}
              columns={[
                { key: 'stage', title: t('label.stage'), render: (_, s) => stageLabel(t, s.stage) },
                { key: 'reached', title: t('opportunities.reached'), dataIndex: 'reached', align: 'right' },
                {
                  key: 'reachedAmount',
                  title: t('label.amount'),
                  align: 'right',
                  render: (_, s) => money(s.reachedAmount),
                },
                { key: 'lostAt', title: t('opportunities.lostAt'), dataIndex: 'lostAt', align: 'right' },
                {
                  key: 'conversion',
                  title: t('opportunities.conversion'),
                  align: 'right',
                  render: (_, s) => rate(s.conversion),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('opportunities.funnel')}>
            {a ? (
              <div data-testid="win-loss-chart">
                <ReactEChartsCore
                  echarts={echarts}
                  notMerge
                  style={{ height: 260, width: '100%' }}
                  option={winLossChartOption(a.stages, {
                    stage: (s) => stageLabel(t, s),
                    reached: t('opportunities.reached'),
                    lostAt: t('opportunities.lostAt'),
                    percent: (share) => formatShare(share, lang),
                  })}
                />
              </div>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('opportunities.byReason')}>
            <Table<WinLossView['reasons'][number]>
              size="small"
              rowKey="reason"
              pagination={false}
              dataSource={a?.reasons ?? []}
              locale={{ emptyText: t('opportunities.noLosses') }}
              columns={[
                {
                  key: 'reason',
                  title: t('opportunities.lossReason'),
                  render: (_, r) => lossReasonLabel(t, r.reason),
                },
                { key: 'count', title: t('opportunities.count'), dataIndex: 'count', align: 'right' },
                {
                  key: 'amount',
                  title: t('label.amount'),
                  align: 'right',
                  render: (_, r) => money(r.amount),
                },
                {
                  key: 'share',
                  title: t('opportunities.share'),
                  align: 'right',
                  render: (_, r) => rate(r.share),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('opportunities.byRep')}>
            <Table<WinLossView['reps'][number]>
              size="small"
              rowKey="ownerId"
              pagination={false}
              dataSource={a?.reps ?? []}
              scroll={{ x: 'max-content' }}
              columns={[{ key: 'rep', title: t('label.rep'), dataIndex: 'ownerName' }, ...tallyColumns]}
            />
          </Card>
        </Col>
        <Col span={24}>
          <Card size="small" title={t('opportunities.byMonth')}>
            <Table<WinLossView['months'][number]>
              size="small"
              rowKey="month"
              pagination={false}
              dataSource={a?.months ?? []}
              scroll={{ x: 'max-content' }}
              columns={[
                { key: 'month', title: t('opportunities.month'), dataIndex: 'month' },
                ...tallyColumns,
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  )
}
