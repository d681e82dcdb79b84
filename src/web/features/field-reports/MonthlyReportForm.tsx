import { Button, Card, Flex, Form, Input, Popconfirm, Typography } from 'antd'
import type { FormInstance } from 'antd'
import { useT } from '../../i18n/use-t'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import type { ServerProblem } from '../../lib/use-server-error'
import { ProblemsEditor } from './ProblemsEditor'

export type MonthlyValues = {
  summary?: string
  problems: { problem: string; solution: string }[]
  nextMonthPlan?: string
}

type Props = {
  form: FormInstance<MonthlyValues>
  initialValues: MonthlyValues
  problem: ServerProblem | null
  saving: boolean
  submitting: boolean
  onSave: (values: MonthlyValues) => void
  onSubmit: (values: MonthlyValues) => void
}

/**
 * The rep's own monthly work report (月度工作匯報): the month's summary, problems each with its
 * proposed solution, next month's plan. Saved as a draft as often as needed; submitted once.
 */
export function MonthlyReportForm({
  form,
  initialValues,
  problem,
  saving,
  submitting,
  onSave,
  onSubmit,
}: Props) {
  const { t } = useT()
  const submit = async () => onSubmit(await form.validateFields())
  return (
    <Card size="small">
      <ServerErrorAlert problem={problem} />
      <Form<MonthlyValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={onSave}
        data-testid="monthly-report-form"
      >
        <Form.Item name="summary" label={t('monthlyReport.summary')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={8000} />
        </Form.Item>
        <Form.Item label={t('monthlyReport.problems')} extra={t('monthlyReport.problemsHelp')}>
          <ProblemsEditor />
        </Form.Item>
        <Form.Item name="nextMonthPlan" label={t('label.nextMonthPlan')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={8000} />
        </Form.Item>
        <Flex gap={8} justify="flex-end" wrap>
          <Button htmlType="submit" loading={saving}>
            {t('monthlyReport.saveDraft')}
          </Button>
          <Popconfirm
            title={
              <Typography.Text style={{ maxWidth: 280, display: 'block' }}>
                {t('monthlyReport.submitConfirm')}
              </Typography.Text>
            }
            okText={t('monthlyReport.submit')}
            cancelText={t('common.cancel')}
            onConfirm={() => void submit().catch(() => undefined)}
          >
            <Button type="primary" loading={submitting}>
              {t('monthlyReport.submit')}
            </Button>
          </Popconfirm>
        </Flex>
      </Form>
    </Card>
  )
}
