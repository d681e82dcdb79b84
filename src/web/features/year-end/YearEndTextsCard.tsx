import { useEffect } from 'react'
import { Alert, App, Button, Card, Form, Input, Typography } from 'antd'
import type { YearEndOutline } from '../../../contracts/year-end'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { useSaveTexts } from './use-year-end'

export type YearEndTexts = YearEndOutline['texts']
const FIELDS = ['positive', 'negative', 'problems', 'plan'] as const

/**
 * What the reader writes for the qualitative slides — factors, further problems, next year's plan —
 * prefilled with what they saved for this year and scope; saved per author (issue 7 point 3).
 */
export function YearEndTextsCard(props: {
  outline: YearEndOutline
  form: ReturnType<typeof Form.useForm<YearEndTexts>>[0]
}) {
  const { t } = useT()
  const { message } = App.useApp()
  const save = useSaveTexts()
  const { outline, form } = props
  useEffect(() => form.setFieldsValue(outline.texts), [form, outline.texts, outline.year, outline.scope.text])
  const onSave = async () => {
    await save.mutateAsync({ year: outline.year, scope: outline.scope.text, ...form.getFieldsValue() })
    message.success(t('yearEnd.savedMessage'))
  }
  return (
    <Card
      title={t('yearEnd.texts')}
      extra={
        <Typography.Text type="secondary" data-testid="year-end-saved">
          {outline.textsSavedAt
            ? t('yearEnd.saved', { at: formatInstant(outline.textsSavedAt) })
            : t('yearEnd.notSaved')}
        </Typography.Text>
      }
    >
      {save.error ? (
        <Alert type="error" showIcon role="alert" title={save.error.message} style={{ marginBottom: 12 }} />
      ) : null}
      <Form form={form} layout="vertical" initialValues={outline.texts}>
        {FIELDS.map((field) => (
          <Form.Item key={field} name={field} label={t(`yearEnd.write.${field}`)}>
            <Input.TextArea
              autoSize={{ minRows: 3, maxRows: 12 }}
              maxLength={20_000}
              placeholder={t('yearEnd.placeholder')}
              data-testid={`year-end-${field}`}
            />
          </Form.Item>
        ))}
        <Button
          onClick={() => void onSave().catch(() => {})}
          loading={save.isPending}
          data-testid="year-end-save"
        >
          {t('yearEnd.save')}
        </Button>
      </Form>
    </Card>
  )
}
