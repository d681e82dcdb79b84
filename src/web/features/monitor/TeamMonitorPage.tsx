import { useState } from 'react'
import { Card, DatePicker, Flex, Typography } from 'antd'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { fromLocalDate, toLocalDate } from '../ledger/date-value'
import { CoverageChart } from './CoverageChart'
import { MonitorDrawer } from './MonitorDrawer'
import { MonitorTable } from './MonitorTable'
import { fetchTeamMonitor, monitorKeys, type Drill, type Period } from './monitor-requests'
import { monthOf, periodPresets } from './period-presets'
import { companyToday } from '../../lib/company-today'

/**
 * 跟進監督 (DOMAIN.md "Monitoring"): a manager's team side by side, a rep's own row, everyone's for
 * admin, finance and the auditor — for a period (this month by default); each number opens the
 * customers behind it.
 */
export function TeamMonitorPage() {
  const { t } = useT()
  const [period, setPeriod] = useState<Period>(() => monthOf(companyToday()))
  const [drill, setDrill] = useState<Drill | null>(null)
  const monitor = useQuery({
    queryKey: monitorKeys.monitor(period),
    queryFn: () => fetchTeamMonitor(period),
    placeholderData: keepPreviousData,
  })
  return (
    <>
      <PageHeader
        title={t('monitor.title')}
        subtitle={t('monitor.subtitle')}
        extra={
          <Flex align="center" gap={8}>
            <Typography.Text type="secondary">{t('monitor.period')}</Typography.Text>
            <DatePicker.RangePicker
              allowClear={false}
              value={[
                fromLocalDate(period.from) ?? companyToday(),
                fromLocalDate(period.to) ?? companyToday(),
              ]}
              presets={periodPresets().map((p) => ({ label: t(p.key), value: p.range }))}
              onChange={(range) => {
                if (range?.[0] && range[1])
                  setPeriod({ from: toLocalDate(range[0]), to: toLocalDate(range[1]) })
              }}
              data-testid="monitor-period"
            />
          </Flex>
        }
      />
      {monitor.isError ? (
        <QueryErrorResult error={monitor.error} onRetry={() => void monitor.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <Card
            size="small"
            extra={
              monitor.data ? (
                <Typography.Text type="secondary">
                  {t('monitor.today', { date: monitor.data.today })}
                </Typography.Text>
              ) : null
            }
            title={t('monitor.tableTitle', { from: period.from, to: period.to })}
          >
            <MonitorTable monitor={monitor.data} loading={monitor.isFetching} onDrill={setDrill} />
          </Card>
          {monitor.data && monitor.data.reps.length > 1 ? (
            <Card size="small" title={t('monitor.chartTitle')}>
              <CoverageChart reps={monitor.data.reps} />
            </Card>
          ) : null}
        </Flex>
      )}
      <MonitorDrawer
        period={period}
        today={monitor.data?.today}
        drill={drill}
        onClose={() => setDrill(null)}
      />
    </>
  )
}
