import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { readSearch, writeSearch, type CustomerSearch } from './customer-search'

export function useCustomerSearch(): [CustomerSearch, (patch: Partial<CustomerSearch>) => void] {
  const [params, setParams] = useSearchParams()
  const search = useMemo(() => readSearch(params), [params])
  const update = (patch: Partial<CustomerSearch>) => setParams(writeSearch({ ...search, ...patch }))
  return [search, update]
}
