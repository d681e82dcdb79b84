import { App, DatePicker, Form, Input, Modal } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Dayjs } from 'dayjs'
import type { ReactNode } from 'react'
import { useT, type TKey } from '../../i18n/use-t'
import { queryKeys } from '../../lib/query-keys'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { CustomerSelect } from '../ledger/CustomerSelect'
import { toLocalDate } from '../ledger/date-value'
import { moneyRule, toMinor } from '../ledger/money-rule'
import { OrderSelect } from '../ledger/OrderSelect'

type Values = { customerId?: string; orderId?: string | null; amount: string; note?: string } & Record<
  string,
  unknown
>

/** What the form gives the request: the customer, order, the date (as `dateField`), amount in cents, note. */
export type AmountInput = {
  customerId: string
  orderId: string | null
  date: string
  amount: number
  note?: string
  values: Values
}

type Props = {
  open: boolean
  onClose: () => void
  customerId?: string
  orderId?: string
  title: TKey
  success: TKey
  /** The date's field: its name is the request's (so the server's field errors land on it). */
  dateField: { name: string; label: TKey; initial?: Dayjs }
  orderHint?: TKey
  /** Fields of this kind only (a collection's method), and their first values. */
  extra?: { fields: ReactNode; names: string[]; initial: Record<string, unknown> }
  save: (input: AmountInput) => Promise<unknown>
}

/**
 * A sum of money a customer pays or should pay, optionally against one of its orders: the form of
 * recording a collection (回款) and of planning one (回款計劃), which differ by their date and by
 * a collection's method.
 */
export function CustomerAmountModal({
  open,
  onClose,
  customerId,
  orderId,
  title,
  success,
  dateField,
  orderHint,
  extra,
  save,
}: Props) {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const chosenCustomer = Form.useWatch('customerId', form)
  const fields = ['customerId', 'orderId', dateField.name, 'amount', 'note', ...(extra?.names ?? [])]
  const serverError = useServerError(form, ([first]) => fields.includes(String(first)))
  const mutation = useMutation({
    mutationFn: (v: Values) => {
      const date = v[dateField.name] as Dayjs | undefined
      return save({
        customerId: v.customerId ?? '',
        orderId: v.orderId ?? null,
        date: date ? toLocalDate(date) : '',
        amount: toMinor(v.amount) ?? 0,
        note: v.note?.trim() || undefined,
        values: v,
      })
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.ledger })
      void message.success(t(success))
      onClose()
    },
    onError: serverError.report,
  })
  const required = { required: true, message: t('form.required') }
  return (
    <Modal
      open={open}
      title={t(title)}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      afterClose={serverError.clear}
      destroyOnHidden
    >
      <ServerErrorAlert problem={serverError.problem} />
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ marginTop: 16 }}
        initialValues={{
          customerId,
          orderId: orderId ?? null,
          [dateField.name]: dateField.initial,
          ...extra?.initial,
        }}
        onValuesChange={(changed: Partial<Values>) => {
          // An order of the previous customer is not this one's.
          if ('customerId' in changed) form.setFieldValue('orderId', null)
        }}
        onFinish={(values) => {
          serverError.clear()
          mutation.mutate(values)
        }}
      >
        <Form.Item name="customerId" label={t('label.customerId')} rules={[required]}>
          <CustomerSelect allowClear={false} />
        </Form.Item>
        <Form.Item name="orderId" label={t('label.orderId')} extra={orderHint && t(orderHint)}>
          <OrderSelect customerId={chosenCustomer} />
        </Form.Item>
        <Form.Item name={dateField.name} label={t(dateField.label)} rules={[required]}>
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
        {extra?.fields}
        <Form.Item name="note" label={t('label.note')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
