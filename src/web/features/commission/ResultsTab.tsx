import { Flex, Table, Typography, type TableColumnsType } from 'antd'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { Statement } from '../../../contracts/commission'
import { useT } from '../../i18n/use-t'
import { queryString } from '../../lib/query-string'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { Money } from '../ledger/Money'
import { commissionKeys } from './commission-keys'
import { fetchCommission } from './commission-requests'
import { PeriodPicker } from './PeriodPicker'
import { usePeriodParam } from './use-period-param'

/** Each rep's collections and commission for the period (a rep sees their own row), with the sum. */
export function ResultsTab() {
  const { t } = useT()
  const [period, setPeriod] = usePeriodParam()
  const result = useQuery({
    queryKey: commissionKeys.result(period),
    queryFn: () => fetchCommission(period),
    placeholderData: keepPreviousData,
  })
  const money = (pick: (s: Statement) => number) => ({
    align: 'right' as const,
    render: (_: unknown, s: Statement) => <Money minor={pick(s)} />,
  })
  const columns: TableColumnsType<Statement> = [
    {
      key: 'rep',
      title: t('label.repId'),
      render: (_, s) => (
        <Link to={`/commission/statements/${s.repId}${queryString(period)}`}>{s.repName}</Link>
      ),
    },
    {
      key: 'plans',
      title: t('label.planId'),
      render: (_, s) =>
        s.segments.length ? (
          [...new Set(s.segments.map((g) => g.planName))].join('、')
        ) : (
          <Typography.Text type="secondary">{t('commission.noPlan')}</Typography.Text>
        ),
    },
    { key: 'collected', title: t('commission.collected'), ...money((s) => s.collected) },
    { key: 'brackets', title: t('commission.brackets'), ...money((s) => s.bracketTotal) },
    { key: 'bonuses', title: t('commission.bonuses'), ...money((s) => s.bonusTotal) },
    { key: 'adjustments', title: t('commission.adjustments'), ...money((s) => s.adjustmentTotal) },
    {
      key: 'total',
      title: t('commission.total'),
      align: 'right',
      render: (_, s) => <Money minor={s.total} strong />,
    },
  ]
  const reps = result.data?.reps ?? []
  const sum = (pick: (s: Statement) => number) => reps.reduce((total, s) => total + pick(s), 0)
  return (
    <Flex vertical gap={16}>
      <PeriodPicker period={period} onChange={setPeriod} />
      {result.isError ? (
        <QueryErrorResult error={result.error} onRetry={() => void result.refetch()} />
      ) : (
        <Table<Statement>
          rowKey="repId"
          columns={columns}
          dataSource={reps}
          loading={result.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('commission.empty') }}
          data-testid="commission-results"
          summary={() =>
            reps.length > 1 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={2}>
                  <Typography.Text strong>{t('commission.grandTotal')}</Typography.Text>
                </Table.Summary.Cell>
                {[
                  sum((s) => s.collected),
                  sum((s) => s.bracketTotal),
                  sum((s) => s.bonusTotal),
                  sum((s) => s.adjustmentTotal),
                ].map((value, i) => (
                  <Table.Summary.Cell key={i} index={i + 2} align="right">
                    <Money minor={value} />
                  </Table.Summary.Cell>
                ))}
                <Table.Summary.Cell index={6} align="right">
                  <Money minor={result.data?.total ?? 0} strong />
                </Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      )}
    </Flex>
  )
}
