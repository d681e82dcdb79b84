import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { readLedgerSearch, writeLedgerSearch, type LedgerSearch } from './ledger-search'

export function useLedgerSearch(): [LedgerSearch, (patch: Partial<LedgerSearch>) => void] {
  const [params, setParams] = useSearchParams()
  const search = useMemo(() => readLedgerSearch(params), [params])
  const update = (patch: Partial<LedgerSearch>) =>
    setParams((current) => writeLedgerSearch(current, { ...search, ...patch }))
  return [search, update]
}
