import { App, Form } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate, useSearchParams } from 'react-router'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { queryKeys } from '../../lib/query-keys'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { useCurrentUser } from '../auth/current-user'
import { createOrder } from '../ledger/ledger-requests'
import { canChooseOrderOwner } from '../ledger/ledger-roles'
import { emptyLine, toOrderBody, type OrderFormValues } from './order-form-values'
import { OrderForm } from './OrderForm'
import { companyToday } from '../../lib/company-today'

const HEADER_FIELDS = ['number', 'customerId', 'orderDate', 'ownerId', 'note']

/** Whether a server error's path (`lines.1.quantity`, `total`) has an input in the form as it stands. */
const hasField =
  (form: ReturnType<typeof Form.useForm<OrderFormValues>>[0]) =>
  ([first, index]: (string | number)[]): boolean => {
    const mode = form.getFieldValue('mode') as OrderFormValues['mode']
    if (first === 'lines') {
      const lines: unknown[] = form.getFieldValue('lines') ?? []
      return mode === 'lines' && typeof index === 'number' && index < lines.length
    }
    if (first === 'total') return mode === 'total'
    return HEADER_FIELDS.includes(String(first))
  }

export function OrderCreatePage() {
  const { t } = useT()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const queryClient = useQueryClient()
  const user = useCurrentUser()
  const chooseOwner = canChooseOrderOwner(user)
  const [form] = Form.useForm<OrderFormValues>()
  const serverError = useServerError(form, hasField(form))
  const create = useMutation({
    mutationFn: createOrder,
    onSuccess: (order) => {
      queryClient.setQueryData(queryKeys.order(order.id), order)
      void queryClient.invalidateQueries({ queryKey: queryKeys.ledger })
      void message.success(t('orders.created', { number: order.number }))
      void navigate(`/orders/${order.id}`)
    },
    onError: serverError.report,
  })
  const initialValues: OrderFormValues = {
    number: '',
    // Opened from a customer's page: that customer is already chosen.
    customerId: params.get('customer') ?? undefined,
    orderDate: companyToday(),
    mode: 'lines',
    lines: [emptyLine()],
  }
  return (
    <>
      <PageHeader title={t('orders.new')} />
      <OrderForm
        form={form}
        initialValues={initialValues}
        chooseOwner={chooseOwner}
        submitting={create.isPending}
        onSubmit={(values) => {
          serverError.clear()
          create.mutate(toOrderBody(values, chooseOwner))
        }}
        onCancel={() => void navigate(-1)}
        alert={<ServerErrorAlert problem={serverError.problem} onClose={serverError.clear} />}
      />
    </>
  )
}
