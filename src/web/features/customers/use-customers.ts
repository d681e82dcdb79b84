import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { queryKeys } from '../../lib/query-keys'
import {
  fetchCustomer,
  fetchCustomerCount,
  fetchCustomerHistory,
  fetchCustomerPage,
  fetchDeletedCustomers,
} from './customer-requests'
import { filterOf, type CustomerSearch } from './customer-search'

/** The list grows page by page ("load more"), each page asked for with the previous one's cursor. */
export const useCustomerPages = (search: CustomerSearch) =>
  useInfiniteQuery({
    queryKey: queryKeys.customerList(search),
    queryFn: ({ pageParam }) => fetchCustomerPage(search, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })

export const useCustomerCount = (search: CustomerSearch) => {
  const filter = filterOf(search)
  return useQuery({ queryKey: queryKeys.customerCount(filter), queryFn: () => fetchCustomerCount(filter) })
}

export const useCustomer = (id: string) =>
  useQuery({ queryKey: queryKeys.customer(id), queryFn: () => fetchCustomer(id) })

export const useCustomerHistory = (id: string) =>
  useQuery({ queryKey: queryKeys.customerHistory(id), queryFn: () => fetchCustomerHistory(id) })

export const useDeletedCustomers = () =>
  useQuery({ queryKey: queryKeys.deletedCustomers, queryFn: fetchDeletedCustomers })
