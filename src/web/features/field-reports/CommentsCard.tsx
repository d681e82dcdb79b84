import { App, Button, Card, Empty, Flex, Form, Input, List, Typography } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { MonthlyReport } from '../../../contracts/monthly-reports'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { fieldReportKeys } from './field-report-keys'
import { addComment } from './field-report-requests'

/**
 * The managers' comments on a monthly work report (DOMAIN.md "Reports from the field"), oldest
 * first, and — for the rep's managers up the line and admins — a box to add one once it is submitted.
 */
export function CommentsCard({ report }: { report: MonthlyReport }) {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<{ body: string }>()
  const serverError = useServerError(form, ([first]) => first === 'body')
  const send = useMutation({
    mutationFn: (body: string) => addComment(report.id, body),
    onSuccess: () => {
      form.resetFields()
      void message.success(t('monthlyReport.commented'))
      void queryClient.invalidateQueries({ queryKey: fieldReportKeys.monthly })
    },
    onError: serverError.report,
  })
  return (
    <Card size="small" title={t('monthlyReport.comments')} data-testid="monthly-comments">
      {report.comments.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('monthlyReport.noComments')} />
      ) : (
        <List
          size="small"
          dataSource={report.comments}
          renderItem={(c) => (
            <List.Item>
              <div style={{ width: '100%' }}>
                <Flex justify="space-between" gap={8} wrap>
                  <Typography.Text strong>{c.authorName}</Typography.Text>
                  <Typography.Text type="secondary">{formatInstant(c.createdAt)}</Typography.Text>
                </Flex>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>
                  {c.body}
                </Typography.Paragraph>
              </div>
            </List.Item>
          )}
        />
      )}
      {report.mayComment ? (
        <Form
          form={form}
          layout="vertical"
          style={{ marginTop: 16 }}
          onFinish={(values) => {
            serverError.clear()
            send.mutate(values.body)
          }}
        >
          <ServerErrorAlert problem={serverError.problem} />
          <Form.Item
            name="body"
            label={t('label.body')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 8 }}
              maxLength={4000}
              placeholder={t('monthlyReport.commentPlaceholder')}
            />
          </Form.Item>
          <Flex justify="flex-end">
            <Button type="primary" htmlType="submit" loading={send.isPending}>
              {t('monthlyReport.addComment')}
            </Button>
          </Flex>
        </Form>
      ) : report.status === 'draft' ? (
        <Typography.Text type="secondary">{t('monthlyReport.commentAfterSubmit')}</Typography.Text>
      ) : null}
    </Card>
  )
}
