import { useState } from 'react'
import { Card, Col, Flex, Row, Statistic, Table, Tabs, Typography } from 'antd'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { CustomerAnalysis } from '../../../contracts/analyses'
import type { GainLossGroup } from '../../../core/analyses/gain-loss'
import { periodLabel } from '../../../core/analyses/period-label'
import { formatMoney } from '../../../core/money/format-money'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { Money } from '../ledger/Money'
import { analysisKeys, fetchCustomerAnalysis, type GroupDrill } from './analysis-requests'
import { BreakdownTable, type BreakdownRow } from './BreakdownTable'
import { BridgeChart } from './BridgeChart'
import { FactsCard } from './FactsCard'
import { GroupDrawer } from './GroupDrawer'
import { PeriodPairPicker } from './PeriodPairPicker'
import { usePeriodPair } from './use-period-pair'

const GROUP_COLORS: Record<GainLossGroup, string> = {
  new: '#52c41a',
  retained: '#1677ff',
  reactivated: '#13c2c2',
  lost: '#f5222d',
}

/**
 * 客戶得失分析 (DOMAIN.md "Analyses"): who was won, kept, won back and lost between two periods,
 * the sales bridge, the same by rep, tier and region, and why customers were lost — each number
 * opens the customers behind it.
 */
export function GainLossPage() {
  const { t, lang } = useT()
  const [pair, setPair, today] = usePeriodPair()
  const [drill, setDrill] = useState<GroupDrill | null>(null)
  const analysis = useQuery({
    queryKey: analysisKeys.customers(pair),
    queryFn: () => fetchCustomerAnalysis(pair),
    placeholderData: keepPreviousData,
  })
  const a = analysis.data
  const money = (minor: number) => formatMoney(minor, lang)
  const card = (group: GainLossGroup, sales: number, note?: string) => (
    <Col xs={24} sm={12} xl={6} key={group}>
      <Card
        size="small"
        hoverable
        onClick={() => setDrill({ group, title: t(`analysis.group.${group}`) })}
        style={{ borderTop: `3px solid ${GROUP_COLORS[group]}` }}
        data-testid={`group-${group}`}
      >
        <Statistic title={t(`analysis.group.${group}`)} value={a ? a[group].count : ''} loading={!a} />
        <Typography.Text type="secondary">{a ? money(sales) : null}</Typography.Text>
        {note ? (
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {note}
          </Typography.Text>
        ) : null}
      </Card>
    </Col>
  )
  const byRep: BreakdownRow[] = (a?.byRep ?? []).map((r) => ({
    ...r,
    key: r.repId ?? 'pool',
    name: r.repName ?? t('analysis.pool'),
    narrow: { rep: r.repId ?? 'pool' },
  }))
  const byTier: BreakdownRow[] = (a?.byTier ?? []).map((r) => ({
    ...r,
    key: r.tier,
    name: t('customers.tierLong', { tier: r.tier }),
    narrow: { tier: r.tier },
  }))
  const byRegion: BreakdownRow[] = (a?.byRegion ?? []).map((r) => ({
    ...r,
    key: r.region ?? '',
    name: r.region ?? t('analysis.noRegion'),
    narrow: { region: r.region ?? '' },
  }))
  const previousLabel = a ? periodLabel(a.previous, lang) : ''
  return (
    <>
      <PageHeader
        title={t('analyses.gainLossTitle')}
        subtitle={t('analyses.gainLossSubtitle')}
        extra={<PeriodPairPicker pair={pair} today={today} onChange={setPair} />}
      />
      {analysis.isError ? (
        <QueryErrorResult error={analysis.error} onRetry={() => void analysis.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <Typography.Text type="secondary" data-testid="analysis-periods">
            {a
              ? t('analyses.periods', { period: periodLabel(a.period, lang), previous: previousLabel })
              : null}
          </Typography.Text>
          <Row gutter={[16, 16]}>
            {card('new', a?.new.sales ?? 0)}
            {card(
              'retained',
              a?.retained.sales ?? 0,
              a ? t('analyses.previousNote', { amount: money(a.retained.previousSales) }) : undefined,
            )}
            {card('reactivated', a?.reactivated.sales ?? 0)}
            {card(
              'lost',
              a?.lost.previousSales ?? 0,
              a ? t('analyses.lostNote', { period: previousLabel }) : undefined,
            )}
          </Row>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={15}>
              <Card size="small" title={t('analyses.bridgeTitle')}>
                {a ? <BridgeChart bridge={a.bridge} period={a.period} previous={a.previous} /> : null}
              </Card>
            </Col>
            <Col xs={24} xl={9}>
              <FactsCard facts={a?.facts} />
            </Col>
          </Row>
          <Card size="small">
            <Tabs
              items={[
                {
                  key: 'rep',
                  label: t('analyses.byRep'),
                  children: (
                    <BreakdownTable
                      rows={byRep}
                      label={t('label.rep')}
                      loading={analysis.isFetching}
                      onDrill={setDrill}
                      testId="by-rep"
                    />
                  ),
                },
                {
                  key: 'tier',
                  label: t('analyses.byTier'),
                  children: (
                    <BreakdownTable
                      rows={byTier}
                      label={t('label.tier')}
                      loading={analysis.isFetching}
                      onDrill={setDrill}
                      testId="by-tier"
                    />
                  ),
                },
                {
                  key: 'region',
                  label: t('analyses.byRegion'),
                  children: (
                    <BreakdownTable
                      rows={byRegion}
                      label={t('label.region')}
                      loading={analysis.isFetching}
                      onDrill={setDrill}
                      testId="by-region"
                    />
                  ),
                },
              ]}
            />
          </Card>
          <Card size="small" title={t('analyses.lostReasons')}>
            <Table<CustomerAnalysis['lostReasons'][number]>
              size="small"
              rowKey={(r) => r.reason ?? ''}
              pagination={false}
              dataSource={a?.lostReasons ?? []}
              locale={{ emptyText: t('analyses.noLost') }}
              scroll={{ x: 'max-content' }}
              data-testid="lost-reasons"
              columns={[
                {
                  key: 'reason',
                  title: t('label.lostReason'),
                  render: (_, r) =>
                    r.reason ?? <Typography.Text type="secondary">{t('analysis.noReason')}</Typography.Text>,
                },
                { key: 'count', title: t('analyses.customersCount'), dataIndex: 'count', align: 'right' },
                {
                  key: 'previous',
                  title: t('analyses.salesPrevious'),
                  align: 'right',
                  render: (_, r) => <Money minor={r.previousSales} />,
                },
              ]}
            />
          </Card>
        </Flex>
      )}
      <GroupDrawer pair={pair} drill={drill} onClose={() => setDrill(null)} />
    </>
  )
}
