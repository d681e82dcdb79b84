import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Form, Input, Typography } from 'antd'
import { useT } from '../../i18n/use-t'

/**
 * The problems of a monthly work report as a list editor: each problem with its proposed solution,
 * which is required (DOMAIN.md: every problem raised must come with a solution, or it is rejected).
 */
export function ProblemsEditor() {
  const { t } = useT()
  return (
    <Form.List name="problems">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12} data-testid="problems-editor">
          {fields.length === 0 ? (
            <Typography.Text type="secondary">{t('monthlyReport.noProblems')}</Typography.Text>
          ) : null}
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              title={t('monthlyReport.problemN', { n: index + 1 })}
              extra={
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('monthlyReport.removeProblem', { n: index + 1 })}
                  onClick={() => remove(field.name)}
                />
              }
            >
              <Form.Item
                name={[field.name, 'problem']}
                label={t('label.problem')}
                rules={[{ required: true, whitespace: true, message: t('form.required') }]}
              >
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  maxLength={2000}
                  placeholder={t('monthlyReport.problemPlaceholder')}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'solution']}
                label={t('label.solution')}
                rules={[{ required: true, whitespace: true, message: t('monthlyReport.solutionRequired') }]}
                style={{ marginBottom: 0 }}
              >
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  maxLength={2000}
                  placeholder={t('monthlyReport.solutionPlaceholder')}
                />
              </Form.Item>
            </Card>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ problem: '', solution: '' })}
            block
          >
            {t('monthlyReport.addProblem')}
          </Button>
        </Flex>
      )}
    </Form.List>
  )
}
