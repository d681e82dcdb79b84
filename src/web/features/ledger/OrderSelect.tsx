import { Select } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { useT } from '../../i18n/use-t'
import { queryKeys } from '../../lib/query-keys'
import { formatMoney } from '../../../core/money/format-money'
import { fetchOrderPage } from './ledger-requests'

type Props = {
  customerId?: string
  value?: string | null
  onChange?: (id: string | null) => void
  id?: string
}

/** One of the customer's latest orders, or none (a collection or plan not tied to an order). */
export function OrderSelect({ customerId, value, onChange, id }: Props) {
  const { t, lang } = useT()
  const search = { customer: customerId }
  const orders = useQuery({
    queryKey: queryKeys.orderList({ ...search, picker: true }),
    queryFn: () => fetchOrderPage(search, undefined, 200),
    enabled: Boolean(customerId),
  })
  const options = (orders.data?.items ?? [])
    .filter((o) => o.status === 'confirmed')
    .map((o) => ({ value: o.id, label: `${o.number} · ${o.orderDate} · ${formatMoney(o.total, lang)}` }))
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={(next?: string) => onChange?.(next ?? null)}
      options={options}
      disabled={!customerId}
      loading={orders.isFetching}
      allowClear
      placeholder={customerId ? t('ledger.noOrder') : t('ledger.pickCustomerFirst')}
      showSearch={{ optionFilterProp: 'label' }}
    />
  )
}
