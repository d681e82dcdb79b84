import { App, DatePicker, Form, Input, Modal } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Dayjs } from 'dayjs'
import { useT } from '../../i18n/use-t'
import { queryKeys } from '../../lib/query-keys'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { CustomerSelect } from '../ledger/CustomerSelect'
import { toLocalDate } from '../ledger/date-value'
import { createCollectionPlan } from '../ledger/ledger-requests'
import { moneyRule, toMinor } from '../ledger/money-rule'
import { OrderSelect } from '../ledger/OrderSelect'

type Values = { customerId?: string; orderId?: string | null; dueOn?: Dayjs; amount: string; note?: string }
type Props = { open: boolean; onClose: () => void; customerId?: string }

const FIELDS = ['customerId', 'orderId', 'dueOn', 'amount', 'note']

/** A collection plan (回款計劃): how much the customer should pay by when. */
export function PlanCollectionModal({ open, onClose, customerId }: Props) {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const chosenCustomer = Form.useWatch('customerId', form)
  const serverError = useServerError(form, ([first]) => FIELDS.includes(String(first)))
  const plan = useMutation({
    mutationFn: (v: Values) =>
      createCollectionPlan({
        customerId: v.customerId ?? '',
        orderId: v.orderId ?? null,
        dueOn: v.dueOn ? toLocalDate(v.dueOn) : '',
        amount: toMinor(v.amount) ?? 0,
        note: v.note?.trim() || undefined,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.ledger })
      void message.success(t('plans.created'))
      onClose()
    },
    onError: serverError.report,
  })
  const required = { required: true, message: t('form.required') }
  return (
    <Modal
      open={open}
      title={t('plans.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={plan.isPending}
      afterClose={serverError.clear}
      destroyOnHidden
    >
      <ServerErrorAlert problem={serverError.problem} />
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        initialValues={{ customerId, orderId: null }}
        onValuesChange={(changed: Partial<Values>) => {
          if ('customerId' in changed) form.setFieldValue('orderId', null)
        }}
        onFinish={(values) => {
          serverError.clear()
          plan.mutate(values)
        }}
      >
        <Form.Item name="customerId" label={t('label.customerId')} rules={[required]}>
          <CustomerSelect allowClear={false} />
        </Form.Item>
        <Form.Item name="orderId" label={t('label.orderId')}>
          <OrderSelect customerId={chosenCustomer} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('plans.dueOn')} rules={[required]}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('label.amount')}
          required
          rules={[moneyRule(t, { positive: true })]}
        >
          <Input inputMode="decimal" placeholder="0.00" style={{ textAlign: 'right' }} />
        </Form.Item>
        <Form.Item name="note" label={t('label.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
