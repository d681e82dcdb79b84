import type { z } from 'zod'
import type {
  AuditEntry,
  CreateCustomerSchema,
  Customer,
  CustomerFilter,
  CustomerList,
  UpdateCustomerSchema,
} from '../../../contracts/customers'
import { http, ifMatch } from '../../lib/http'
import { queryString } from '../../lib/query-string'
import type { CustomerSearch } from './customer-search'

export type CreateCustomerBody = z.input<typeof CreateCustomerSchema>
export type UpdateCustomerBody = z.input<typeof UpdateCustomerSchema>
export type DeletedCustomer = {
  id: string
  name: string
  deletedAt: string
  deletedBy: string | null
  version: number
}

export const CUSTOMER_PAGE_SIZE = 50

const one = (id: string) => `/customers/${encodeURIComponent(id)}`

export const fetchCustomerPage = (search: CustomerSearch, cursor: string | undefined) =>
  http<CustomerList>('GET', `/customers${queryString({ ...search, limit: CUSTOMER_PAGE_SIZE, cursor })}`)

export const fetchCustomerCount = (filter: CustomerFilter) =>
  http<{ count: number }>('GET', `/customers/count${queryString(filter)}`)

export const fetchCustomer = (id: string) => http<Customer>('GET', one(id))

export const createCustomer = (body: CreateCustomerBody) => http<Customer>('POST', '/customers', { body })

export const updateCustomer = (id: string, version: number, body: UpdateCustomerBody) =>
  http<Customer>('PATCH', one(id), { body, headers: ifMatch(version) })

export const deleteCustomer = (id: string, version: number) =>
  http<void>('DELETE', one(id), { headers: ifMatch(version) })

export const restoreCustomer = (id: string) => http<Customer>('POST', `${one(id)}/restore`)

export const fetchDeletedCustomers = () => http<{ items: DeletedCustomer[] }>('GET', '/customers/deleted')

export const fetchCustomerHistory = (id: string) => http<{ items: AuditEntry[] }>('GET', `${one(id)}/history`)
