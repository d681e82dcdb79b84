import { useState } from 'react'
import { Alert, DatePicker, Flex, Select, Table, Typography } from 'antd'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { AuditRatesReport, DrawSummary } from '../../../contracts/callback-audits'
import { useT } from '../../i18n/use-t'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { fromLocalDate, toLocalDate } from '../ledger/date-value'
import { monthOf, periodPresets } from '../monitor/period-presets'
import { auditKeys, fetchRates, type RatesQuery } from './callback-audit-requests'
import { percentText } from './rule-text'
import { companyToday } from '../../lib/company-today'

type Row = AuditRatesReport['reps'][number] & { total?: boolean }

/**
 * Each rep's confirmation rate (confirmed / (confirmed + discrepancy); unreachable calls shown
 * beside it, never in it) and average satisfaction — of one draw, or of a period's records.
 */
export function RatesTab({ draws }: { draws: DrawSummary[] }) {
  const { t } = useT()
  const [query, setQuery] = useState<RatesQuery>(() => monthOf(companyToday().subtract(1, 'month')))
  const rates = useQuery({
    queryKey: auditKeys.rates(query),
    queryFn: () => fetchRates(query),
    placeholderData: keepPreviousData,
  })
  const rows: Row[] = rates.data
    ? [...rates.data.reps, { ...rates.data.total, repId: 'total', repName: t('monitor.total'), total: true }]
    : []
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <Select
          style={{ minWidth: 260 }}
          value={query.draw ?? ''}
          onChange={(draw: string) =>
            setQuery(draw ? { draw } : monthOf(companyToday().subtract(1, 'month')))
          }
          options={[
            { value: '', label: t('callbackAudits.byPeriod') },
            ...draws.map((d) => ({
              value: d.id,
              label: t('callbackAudits.drawTitle', { from: d.from, to: d.to }),
            })),
          ]}
          aria-label={t('callbackAudits.ratesOf')}
        />
        {query.draw ? null : (
          <DatePicker.RangePicker
            allowClear={false}
            value={[fromLocalDate(query.from) ?? companyToday(), fromLocalDate(query.to) ?? companyToday()]}
            presets={periodPresets().map((p) => ({ label: t(p.key), value: p.range }))}
            onChange={(range) => {
              if (range?.[0] && range[1]) setQuery({ from: toLocalDate(range[0]), to: toLocalDate(range[1]) })
            }}
          />
        )}
      </Flex>
      <Alert type="info" showIcon title={t('callbackAudits.rateHint')} />
      {rates.isError ? (
        <QueryErrorResult error={rates.error} onRetry={() => void rates.refetch()} />
      ) : (
        <Table<Row>
          rowKey="repId"
          data-testid="rates-table"
          size="middle"
          loading={rates.isFetching}
          dataSource={rows.length > 1 ? rows : []}
          pagination={false}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('callbackAudits.noRates') }}
          onRow={(row) => (row.total ? { style: { fontWeight: 600, background: '#fafafa' } } : {})}
          columns={[
            { key: 'rep', title: t('label.rep'), dataIndex: 'repName' },
            {
              key: 'rate',
              title: t('callbackAudits.confirmationRate'),
              align: 'right',
              render: (_, r) => (
                <Typography.Text
                  type={r.confirmationRate !== null && r.confirmationRate < 0.8 ? 'danger' : undefined}
                >
                  {percentText(r.confirmationRate)}
                </Typography.Text>
              ),
            },
            { key: 'confirmed', title: t('auditResult.confirmed'), dataIndex: 'confirmed', align: 'right' },
            {
              key: 'discrepancy',
              title: t('auditResult.discrepancy'),
              dataIndex: 'discrepancy',
              align: 'right',
            },
            {
              key: 'unreachable',
              title: t('auditResult.unreachable'),
              dataIndex: 'unreachable',
              align: 'right',
            },
            { key: 'pending', title: t('callbackAudits.toCall'), dataIndex: 'pending', align: 'right' },
            {
              key: 'satisfaction',
              title: t('label.satisfaction'),
              align: 'right',
              render: (_, r) => (r.satisfaction === null ? '—' : r.satisfaction.toFixed(2)),
            },
          ]}
        />
      )}
    </Flex>
  )
}
