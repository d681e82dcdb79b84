import { Card, Col, Flex, Row, Typography } from 'antd'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { periodLabel } from '../../../core/analyses/period-label'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { analysisKeys, fetchCustomerAnalysis, fetchMonthly, fetchSalesComparison } from './analysis-requests'
import { BridgeChart } from './BridgeChart'
import { ComparisonTable } from './ComparisonTable'
import { FactsCard } from './FactsCard'
import { MonthlyChart } from './MonthlyChart'
import { PeriodPairPicker } from './PeriodPairPicker'
import { usePeriodPair } from './use-period-pair'

/**
 * 銷售得失分析 (DOMAIN.md "Analyses"): the sales bridge as a waterfall, sales and collections by
 * month over both periods, and the two periods compared — sales, collections, receivables,
 * expenses, expense ratio, new customers — with the findings in sentences.
 */
export function SalesAnalysisPage() {
  const { t, lang } = useT()
  const [pair, setPair, today] = usePeriodPair()
  const comparison = useQuery({
    queryKey: analysisKeys.sales(pair),
    queryFn: () => fetchSalesComparison(pair),
    placeholderData: keepPreviousData,
  })
  // The bridge needs Q before P; for two periods in another order only the comparison is shown.
  const bridgeable = pair.prevTo < pair.from
  const customers = useQuery({
    queryKey: analysisKeys.customers(pair),
    queryFn: () => fetchCustomerAnalysis(pair),
    placeholderData: keepPreviousData,
    enabled: bridgeable,
  })
  const span = {
    from: pair.prevFrom < pair.from ? pair.prevFrom : pair.from,
    to: pair.prevTo > pair.to ? pair.prevTo : pair.to,
  }
  const monthly = useQuery({
    queryKey: analysisKeys.monthly(span),
    queryFn: () => fetchMonthly(span),
    placeholderData: keepPreviousData,
  })
  const error = comparison.error ?? monthly.error ?? (bridgeable ? customers.error : null)
  const c = comparison.data
  return (
    <>
      <PageHeader
        title={t('analyses.salesTitle')}
        subtitle={t('analyses.salesSubtitle')}
        extra={<PeriodPairPicker pair={pair} today={today} onChange={setPair} />}
      />
      {error ? (
        <QueryErrorResult
          error={error}
          onRetry={() => {
            void comparison.refetch()
            void monthly.refetch()
            void customers.refetch()
          }}
        />
      ) : (
        <Flex vertical gap={16}>
          <Typography.Text type="secondary">
            {c
              ? t('analyses.periods', {
                  period: periodLabel(c.period, lang),
                  previous: periodLabel(c.previous, lang),
                })
              : null}
          </Typography.Text>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <Card size="small" title={t('analyses.comparisonTitle')}>
                <ComparisonTable c={c} loading={comparison.isFetching} />
                <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
                  {t('analyses.expenseRatioNote')}
                </Typography.Paragraph>
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <FactsCard facts={c?.facts} />
            </Col>
          </Row>
          {bridgeable ? (
            <Card size="small" title={t('analyses.bridgeTitle')}>
              {customers.data ? (
                <BridgeChart
                  bridge={customers.data.bridge}
                  period={customers.data.period}
                  previous={customers.data.previous}
                />
              ) : null}
            </Card>
          ) : null}
          <Card size="small" title={t('analyses.monthlyTitle')}>
            {monthly.data ? <MonthlyChart months={monthly.data.months} /> : null}
          </Card>
        </Flex>
      )}
    </>
  )
}
