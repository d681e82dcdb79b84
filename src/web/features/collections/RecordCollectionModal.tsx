import { App, DatePicker, Form, Input, Modal, Select } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import dayjs, { type Dayjs } from 'dayjs'
import { COLLECTION_METHODS, type CollectionMethod } from '../../../core/ledger/order-lines'
import { useT } from '../../i18n/use-t'
import { queryKeys } from '../../lib/query-keys'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { CustomerSelect } from '../ledger/CustomerSelect'
import { toLocalDate } from '../ledger/date-value'
import { createCollection } from '../ledger/ledger-requests'
import { moneyRule, toMinor } from '../ledger/money-rule'
import { OrderSelect } from '../ledger/OrderSelect'

type Values = {
  customerId?: string
  orderId?: string | null
  collectedOn: Dayjs
  amount: string
  method: CollectionMethod
  note?: string
}
type Props = { open: boolean; onClose: () => void; customerId?: string; orderId?: string }

const FIELDS = ['customerId', 'orderId', 'collectedOn', 'amount', 'method', 'note']

/** A payment received (回款), optionally against one of the customer's orders. */
export function RecordCollectionModal({ open, onClose, customerId, orderId }: Props) {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const chosenCustomer = Form.useWatch('customerId', form)
  const serverError = useServerError(form, ([first]) => FIELDS.includes(String(first)))
  const record = useMutation({
    mutationFn: (v: Values) =>
      createCollection({
        customerId: v.customerId ?? '',
        orderId: v.orderId ?? null,
        collectedOn: toLocalDate(v.collectedOn),
        amount: toMinor(v.amount) ?? 0,
        method: v.method,
        note: v.note?.trim() || undefined,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.ledger })
      void message.success(t('collections.recorded'))
      onClose()
    },
    onError: serverError.report,
  })
  const required = { required: true, message: t('form.required') }
  return (
    <Modal
      open={open}
      title={t('collections.record')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={record.isPending}
      afterClose={serverError.clear}
      destroyOnHidden
    >
      <ServerErrorAlert problem={serverError.problem} />
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        initialValues={{ customerId, orderId: orderId ?? null, collectedOn: dayjs(), method: 'transfer' }}
        onValuesChange={(changed: Partial<Values>) => {
          // An order of the previous customer cannot be paid by this one.
          if ('customerId' in changed) form.setFieldValue('orderId', null)
        }}
        onFinish={(values) => {
          serverError.clear()
          record.mutate(values)
        }}
      >
        <Form.Item name="customerId" label={t('label.customerId')} rules={[required]}>
          <CustomerSelect allowClear={false} />
        </Form.Item>
        <Form.Item name="orderId" label={t('label.orderId')} extra={t('collections.orderHint')}>
          <OrderSelect customerId={chosenCustomer} />
        </Form.Item>
        <Form.Item name="collectedOn" label={t('label.collectedOn')} rules={[required]}>
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
        <Form.Item name="method" label={t('label.method')} rules={[required]}>
          <Select options={COLLECTION_METHODS.map((m) => ({ value: m, label: t(`method.${m}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('label.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
