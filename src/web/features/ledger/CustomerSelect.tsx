import { useEffect, useState } from 'react'
import { Select } from 'antd'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useT } from '../../i18n/use-t'
import { queryKeys } from '../../lib/query-keys'
import { fetchCustomer } from '../customers/customer-requests'
import { searchCustomers } from './ledger-requests'

type Props = {
  value?: string
  onChange?: (id: string | undefined) => void
  id?: string
  placeholder?: string
  style?: React.CSSProperties
  allowClear?: boolean
}

const DEBOUNCE_MS = 250

/** Picks one customer by typing part of a name; the server searches, 20 at a time. */
export function CustomerSelect({ value, onChange, id, placeholder, style, allowClear = true }: Props) {
  const { t } = useT()
  const [typed, setTyped] = useState('')
  const [q, setQ] = useState('')
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [typed])
  const found = useQuery({
    queryKey: queryKeys.customerOptions(q),
    queryFn: () => searchCustomers(q),
    placeholderData: keepPreviousData,
  })
  const options = (found.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))
  // A customer chosen earlier (from the URL, say) may not be among the matches: name it anyway.
  const missing = Boolean(value) && !options.some((o) => o.value === value)
  const chosen = useQuery({
    queryKey: queryKeys.customer(value ?? ''),
    queryFn: () => fetchCustomer(value ?? ''),
    enabled: missing,
  })
  if (missing && chosen.data) options.unshift({ value: chosen.data.id, label: chosen.data.name })
  return (
    <Select
      id={id}
      value={value}
      onChange={(next?: string) => onChange?.(next)}
      options={options}
      loading={found.isFetching}
      allowClear={allowClear}
      placeholder={placeholder ?? t('ledger.customerPlaceholder')}
      aria-label={t('label.customerId')}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      notFoundContent={found.isFetching ? null : t('ledger.noCustomerFound')}
      style={style}
    />
  )
}
