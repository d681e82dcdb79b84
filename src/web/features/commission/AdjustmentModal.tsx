import { App, Form, Input } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Dayjs } from 'dayjs'
import { parseMoney } from '../../../core/money/parse-money'
import { useT } from '../../i18n/use-t'
import { FormModal } from '../../lib/FormModal'
import { PeriodFields } from '../../lib/PeriodFields'
import { useServerError } from '../../lib/use-server-error'
import { toLocalDate } from '../ledger/date-value'
import { RepField } from '../users/RepField'
import { commissionKeys } from './commission-keys'
import { createAdjustment } from './commission-requests'
import { companyToday } from '../../lib/company-today'

type Values = { repId?: string; periodFrom?: Dayjs; periodTo?: Dayjs; amount?: string; reason?: string }
const FIELDS = ['repId', 'periodFrom', 'periodTo', 'amount', 'reason']

/** A signed change to a rep's commission, with its reason (required), for a period (this month by default). */
export function AdjustmentModal({ onClose }: { onClose: () => void }) {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const serverError = useServerError(form, (path) => FIELDS.includes(String(path[0])))
  const save = useMutation({
    mutationFn: (v: Values) =>
      createAdjustment({
        repId: v.repId ?? '',
        periodFrom: v.periodFrom ? toLocalDate(v.periodFrom) : '',
        periodTo: v.periodTo ? toLocalDate(v.periodTo) : '',
        amount: parseMoney(v.amount ?? '')?.minor ?? 0,
        reason: v.reason ?? '',
      }),
    onSuccess: (a) => {
      void queryClient.invalidateQueries({ queryKey: commissionKeys.all })
      void message.success(t('commission.adjustmentSaved', { name: a.repName }))
      onClose()
    },
    onError: serverError.report,
  })
  const month = companyToday()
  return (
    <FormModal<Values>
      form={form}
      title={t('commission.adjust')}
      saving={save.isPending}
      serverError={serverError}
      initialValues={{ periodFrom: month.startOf('month'), periodTo: month.endOf('month') }}
      onSubmit={(values) => save.mutate(values)}
      onClose={onClose}
    >
      <RepField />
      <PeriodFields />
      <Form.Item
        name="amount"
        label={t('label.amount')}
        extra={t('commission.amountSignedHint')}
        rules={[
          {
            validator: async (_, value?: string) => {
              if (!value?.trim()) throw new Error(t('form.required'))
              const parsed = parseMoney(value)
              if (!parsed) throw new Error(t('ledger.invalidAmount'))
              if (parsed.minor === 0) throw new Error(t('field.nonzero', { field: t('label.amount') }))
            },
          },
        ]}
      >
        <Input inputMode="decimal" placeholder="-500.00" style={{ textAlign: 'right' }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('label.reason')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
    </FormModal>
  )
}
