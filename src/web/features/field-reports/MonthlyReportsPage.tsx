import { Button, Card, DatePicker, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd'
import dayjs from 'dayjs'
import { Link, useSearchParams } from 'react-router'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { useCurrentUser } from '../auth/current-user'
import type { MonthlyReportSummary } from './field-report-requests'
import { watchesCheckIns, writesReports } from './field-report-roles'
import { monthParam } from './month-param'
import { MonthlyStatusTag } from './MonthlyReportPage'
import { useMonthlyList } from './use-field-reports'

/**
 * Monthly work reports (月度工作匯報) of a month: the reader's own — to write, or open — and every
 * report they may read (a manager their tree's), with which are waiting for a comment.
 */
export function MonthlyReportsPage() {
  const { t } = useT()
  const user = useCurrentUser()
  const [params, setParams] = useSearchParams()
  const month = monthParam(params.get('month'))
  const list = useMonthlyList({ month })
  const items = list.data?.items ?? []
  const mine = items.find((r) => r.repId === user.id)
  const link = (r: MonthlyReportSummary) => `/monthly-reports/${encodeURIComponent(r.id)}`
  const columns: TableColumnsType<MonthlyReportSummary> = [
    { key: 'rep', title: t('label.repId'), render: (_, r) => <Link to={link(r)}>{r.repName}</Link> },
    {
      key: 'status',
      title: t('label.status'),
      render: (_, r) => (
        <Flex gap={4} wrap>
          <MonthlyStatusTag status={r.status} />
          {watchesCheckIns(user) && r.status === 'submitted' && r.comments === 0 && r.repId !== user.id ? (
            <Tag color="blue">{t('monthlyReport.awaitingComment')}</Tag>
          ) : null}
        </Flex>
      ),
    },
    {
      key: 'problems',
      title: t('monthlyReport.problemsCount'),
      dataIndex: 'problems',
      align: 'right',
      width: 90,
    },
    {
      key: 'comments',
      title: t('monthlyReport.commentsCount'),
      dataIndex: 'comments',
      align: 'right',
      width: 90,
    },
    {
      key: 'submittedAt',
      title: t('monthlyReport.submittedColumn'),
      responsive: ['md'],
      render: (_, r) => formatInstant(r.submittedAt),
    },
  ]
  return (
    <>
      <PageHeader
        title={t('monthlyReport.title')}
        subtitle={t('monthlyReport.subtitle')}
        extra={
          <DatePicker
            picker="month"
            value={dayjs(`${month}-01`)}
            allowClear={false}
            aria-label={t('label.month')}
            onChange={(value) => value && setParams({ month: value.format('YYYY-MM') })}
          />
        }
      />
      <Flex vertical gap={16}>
        {writesReports(user) ? (
          <Card size="small" data-testid="my-monthly-report">
            <Flex justify="space-between" align="center" gap={12} wrap>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{t('monthlyReport.mine', { month })}</Typography.Text>
                {mine ? (
                  <MonthlyStatusTag status={mine.status} />
                ) : (
                  <Tag>{t('monthlyReport.notStarted')}</Tag>
                )}
              </Flex>
              {mine ? (
                <Link to={link(mine)}>
                  <Button type={mine.status === 'draft' ? 'primary' : 'default'}>
                    {t('monthlyReport.open')}
                  </Button>
                </Link>
              ) : (
                <Link to={`/monthly-reports/new?month=${month}`}>
                  <Button type="primary">{t('monthlyReport.write')}</Button>
                </Link>
              )}
            </Flex>
          </Card>
        ) : null}
        {list.isError ? (
          <QueryErrorResult error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Card size="small" title={t('monthlyReport.reportsOf', { month })}>
            <Table<MonthlyReportSummary>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={items}
              loading={list.isPending || list.isPlaceholderData}
              pagination={false}
              locale={{ emptyText: t('monthlyReport.none') }}
              data-testid="monthly-reports"
            />
          </Card>
        )}
      </Flex>
    </>
  )
}
