import { App, DatePicker, Form, Input, Modal, Rate, Segmented } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Dayjs } from 'dayjs'
import type { AuditItem } from '../../../contracts/callback-audits'
import { AUDIT_RESULTS, type AuditResult } from '../../../core/callback-audits/audit-results'
import { useT } from '../../i18n/use-t'
import { isHttpError } from '../../lib/http'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { fromLocalDate, toLocalDate } from '../ledger/date-value'
import { auditKeys, recordResult } from './callback-audit-requests'
import { companyToday } from '../../lib/company-today'

type Values = { result: AuditResult; satisfaction?: number; note?: string; calledOn?: Dayjs }
const FIELDS = ['result', 'satisfaction', 'note', 'calledOn']

/**
 * What the call found: 屬實 / 不符 / 無法聯繫, the customer's satisfaction (not asked of someone
 * unreachable), a note (required for a discrepancy: the rep's manager is told) and the call's day.
 * Opened again on a called item, it corrects the result.
 */
export function ResultModal({ item, onClose }: { item: AuditItem; onClose: () => void }) {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const result = Form.useWatch('result', form) ?? item.result ?? 'confirmed'
  const serverError = useServerError(form, (path) => FIELDS.includes(String(path[0])))
  const save = useMutation({
    mutationFn: (v: Values) =>
      recordResult(item, {
        result: v.result,
        satisfaction: v.satisfaction || null,
        note: v.note ?? null,
        calledOn: v.calledOn ? toLocalDate(v.calledOn) : undefined,
      }),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: auditKeys.all })
      void message.success(
        t('callbackAudits.savedMessage', {
          customer: saved.customerName,
          result: t(`auditResult.${saved.result ?? 'confirmed'}`),
        }),
      )
      onClose()
    },
    onError: (error) => {
      // Someone recorded it first: show what they wrote.
      if (isHttpError(error, 412)) void queryClient.invalidateQueries({ queryKey: auditKeys.all })
      serverError.report(error)
    },
  })
  return (
    <Modal
      open
      title={t(item.result ? 'callbackAudits.correctTitle' : 'callbackAudits.recordTitle', {
        customer: item.customerName,
      })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert problem={serverError.problem} />
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="audit-result-form"
        initialValues={{
          result: item.result ?? 'confirmed',
          satisfaction: item.satisfaction ?? undefined,
          note: item.note ?? undefined,
          calledOn: fromLocalDate(item.calledOn ?? undefined) ?? companyToday(),
        }}
        onFinish={(values) => {
          serverError.clear()
          save.mutate(values)
        }}
      >
        <Form.Item name="result" label={t('label.result')}>
          <Segmented<AuditResult>
            block
            options={AUDIT_RESULTS.map((r) => ({ value: r, label: t(`auditResult.${r}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="satisfaction"
          label={t('label.satisfaction')}
          rules={
            result === 'unreachable' ? [] : [{ required: true, message: t('field.satisfaction_required') }]
          }
          extra={result === 'unreachable' ? t('callbackAudits.satisfactionOptional') : undefined}
        >
          <Rate count={5} style={{ fontSize: 28 }} />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('label.note')}
          rules={
            result === 'discrepancy'
              ? [{ required: true, whitespace: true, message: t('field.discrepancy_note') }]
              : []
          }
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="calledOn" label={t('label.calledOn')}>
          <DatePicker
            allowClear={false}
            disabledDate={(day) => day.isAfter(companyToday(), 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
