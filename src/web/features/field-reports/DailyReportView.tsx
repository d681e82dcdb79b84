import { Alert, Descriptions, Flex, Typography } from 'antd'
import type { DailyReportForm } from '../../../contracts/daily-reports'
import { useT } from '../../i18n/use-t'
import { DoneGroupsList } from './DoneGroupsList'

type Props = { form: DailyReportForm }

const Text = ({ value, empty }: { value: string | null | undefined; empty: string }) =>
  value ? (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{value}</Typography.Paragraph>
  ) : (
    <Typography.Text type="secondary">{empty}</Typography.Text>
  )

/**
 * A rep's day as their manager reads it: the report as submitted — what was done, tomorrow's plan,
 * and the follow-ups and visits it was written from — or, before they check in, what the data shows.
 */
export function DailyReportView({ form }: Props) {
  const { t } = useT()
  const report = form.report
  const groups = report ? report.doneGroups : form.prefill.doneGroups
  const counts = report ?? form.prefill
  return (
    <Flex vertical gap={16} data-testid="daily-report-view">
      {report ? null : <Alert type="warning" showIcon title={t('dailyReport.notYet')} />}
      {report ? (
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('label.done')}>
            <Text value={report.done} empty={t('monthlyReport.nothingWritten')} />
          </Descriptions.Item>
          <Descriptions.Item label={t('label.plan')}>
            <Text value={report.plan} empty={t('dailyReport.noPlan')} />
          </Descriptions.Item>
        </Descriptions>
      ) : null}
      <div>
        <Flex justify="space-between" align="baseline" wrap gap={8} style={{ marginBottom: 8 }}>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('dailyReport.activity')}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('dailyReport.activityCounts', { followUps: counts.followUps, visits: counts.visits })}
          </Typography.Text>
        </Flex>
        <DoneGroupsList groups={groups} />
      </div>
    </Flex>
  )
}
