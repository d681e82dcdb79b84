import { Card, Descriptions, List, Tag, Typography } from 'antd'
import type { MonthlyReport } from '../../../contracts/monthly-reports'
import { useT } from '../../i18n/use-t'

const Text = ({ value }: { value: string | null }) =>
  value ? (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{value}</Typography.Paragraph>
  ) : (
    <Typography.Text type="secondary">—</Typography.Text>
  )

/** A monthly report as written: summary, each problem with its proposed solution, next month's plan. */
export function ReportBody({ report }: { report: MonthlyReport }) {
  const { t } = useT()
  return (
    <Card size="small" data-testid="monthly-report-body">
      <Descriptions column={1} size="small" layout="vertical">
        <Descriptions.Item label={t('monthlyReport.summary')}>
          <Text value={report.summary} />
        </Descriptions.Item>
        <Descriptions.Item label={t('monthlyReport.problems')}>
          {report.problems.length === 0 ? (
            <Typography.Text type="secondary">{t('monthlyReport.noProblems')}</Typography.Text>
          ) : (
            <List
              size="small"
              style={{ width: '100%' }}
              dataSource={report.problems}
              renderItem={(p, i) => (
                <List.Item>
                  <div>
                    <Typography.Text strong>
                      {i + 1}. {p.problem}
                    </Typography.Text>
                    <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                      <Tag color="green">{t('label.solution')}</Tag>
                      {p.solution}
                    </Typography.Paragraph>
                  </div>
                </List.Item>
              )}
            />
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('label.nextMonthPlan')}>
          <Text value={report.nextMonthPlan} />
        </Descriptions.Item>
      </Descriptions>
    </Card>
  )
}
