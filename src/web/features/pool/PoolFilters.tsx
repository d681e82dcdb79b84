import { CustomerFilterBar } from '../customers/CustomerFilterBar'
import { hasPoolFilter, type PoolSearch } from './pool-search'

type Props = { search: PoolSearch; onChange: (patch: Partial<PoolSearch>) => void }

/** The customer list's filters, minus the owner (a pool customer has none). */
export function PoolFilters({ search, onChange }: Props) {
  const clear = { tier: undefined, status: undefined, tag: undefined, q: undefined }
  return (
    <CustomerFilterBar
      search={search}
      onChange={onChange}
      filtered={hasPoolFilter(search)}
      onClear={() => onChange(clear)}
    />
  )
}
