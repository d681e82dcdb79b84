import { useState } from 'react'
import { Card, Col, DatePicker, Flex, Row, Segmented, Statistic, Table, Typography } from 'antd'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import ReactEChartsCore from 'echarts-for-react/esm/core'
import type { Growth } from '../../../contracts/analyses'
import { bucketPart, GROWTH_UNITS, type GrowthUnit } from '../../../core/analyses/growth'
import { bucketLabel } from '../../../core/analyses/period-label'
import { useT } from '../../i18n/use-t'
import { echarts } from '../../lib/echarts'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { fromLocalDate, toLocalDate } from '../ledger/date-value'
import { Money } from '../ledger/Money'
import { analysisKeys, fetchGrowth } from './analysis-requests'
import { chartMoney, chartPercent } from './chart-texts'
import { FactsCard } from './FactsCard'
import { growthOption } from './growth-option'
import { companyToday } from '../../lib/company-today'

/** The three years a year-end summary looks back on, up to today. */
const defaultRange = () => ({
  from: toLocalDate(companyToday().subtract(2, 'year').startOf('year')),
  to: toLocalDate(companyToday()),
})

/** 增長 (DOMAIN.md "Analyses"; the seed's 王老吉 case): sales per year, quarter or month, growth and CAGR. */
export function GrowthPage() {
  const { t, lang } = useT()
  const [range, setRange] = useState(defaultRange)
  const [by, setBy] = useState<GrowthUnit>('year')
  const query = { ...range, by }
  const growth = useQuery({
    queryKey: analysisKeys.growth(query),
    queryFn: () => fetchGrowth(query),
    placeholderData: keepPreviousData,
  })
  const g = growth.data
  const percent = chartPercent(lang)
  /** A bucket's name, with the days chosen when they are not all of it: "2026 (2026-01-01 – 2026-11-27)". */
  const label = (bucket: string) => {
    const part = g && bucketPart(g.period, bucket, g.by)
    const name = bucketLabel(bucket, lang)
    return part ? t('analyses.bucketPart', { bucket: name, ...part }) : name
  }
  return (
    <>
      <PageHeader
        title={t('analyses.growthTitle')}
        subtitle={t('analyses.growthSubtitle')}
        extra={
          <Flex gap={8} wrap align="center">
            <Segmented<GrowthUnit>
              value={by}
              onChange={setBy}
              options={GROWTH_UNITS.map((u) => ({ value: u, label: t(`analysis.by.${u}`) }))}
              data-testid="growth-by"
            />
            <DatePicker.RangePicker
              allowClear={false}
              value={[fromLocalDate(range.from) ?? companyToday(), fromLocalDate(range.to) ?? companyToday()]}
              onChange={(r) => {
                if (r?.[0] && r[1]) setRange({ from: toLocalDate(r[0]), to: toLocalDate(r[1]) })
              }}
            />
          </Flex>
        }
      />
      {growth.isError ? (
        <QueryErrorResult error={growth.error} onRetry={() => void growth.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={15}>
              <Card
                size="small"
                title={t('analyses.growthChart')}
                extra={
                  <Statistic
                    title={t('analyses.cagr')}
                    value={g ? percent(g.cagr) : ''}
                    valueStyle={{ fontSize: 18 }}
                    data-testid="cagr"
                  />
                }
              >
                {g ? (
                  <div data-testid="growth-chart">
                    <ReactEChartsCore
                      echarts={echarts}
                      notMerge
                      style={{ height: 340, width: '100%' }}
                      option={growthOption(g.series, {
                        sales: t('analysis.metric.sales'),
                        growth: t('analyses.growth'),
                        label,
                        money: chartMoney(lang),
                        percent,
                      })}
                    />
                  </div>
                ) : null}
                <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }}>
                  {t('analyses.cagrNote')}
                </Typography.Paragraph>
              </Card>
            </Col>
            <Col xs={24} xl={9}>
              <FactsCard facts={g?.facts} />
            </Col>
          </Row>
          <Card size="small">
            <Table<Growth['series'][number]>
              size="small"
              rowKey="period"
              pagination={false}
              loading={growth.isFetching}
              dataSource={g?.series ?? []}
              scroll={{ x: 'max-content' }}
              data-testid="growth-table"
              columns={[
                {
                  key: 'period',
                  title: t('analyses.periodColumn'),
                  render: (_, p) => label(p.period),
                },
                {
                  key: 'sales',
                  title: t('analysis.metric.sales'),
                  align: 'right',
                  render: (_, p) => <Money minor={p.sales} />,
                },
                {
                  key: 'growth',
                  title: t('analyses.growth'),
                  align: 'right',
                  render: (_, p) => percent(p.growth),
                },
              ]}
            />
          </Card>
        </Flex>
      )}
    </>
  )
}
