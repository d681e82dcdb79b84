import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { readExpenseSearch, writeExpenseSearch, type ExpenseFilter } from './expense-search'

export function useExpenseSearch(): [ExpenseFilter, (patch: Partial<ExpenseFilter>) => void] {
  const [params, setParams] = useSearchParams()
  const search = useMemo(() => readExpenseSearch(params), [params])
  const update = (patch: Partial<ExpenseFilter>) => setParams(writeExpenseSearch({ ...search, ...patch }))
  return [search, update]
}
