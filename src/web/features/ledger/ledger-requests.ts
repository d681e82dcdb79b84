import type { z } from 'zod'
import type {
  Collection,
  CollectionPlan,
  CreateCollectionPlanSchema,
  CreateCollectionSchema,
  CreateOrderSchema,
  Order,
  OrderListItem,
  ReceivableListSchema,
  RECEIVABLE_GROUPS,
  UpdateOrderSchema,
} from '../../../contracts/orders'
import type { CustomerList } from '../../../contracts/customers'
import { http, ifMatch } from '../../lib/http'
import { queryString } from '../../lib/query-string'
import type { LedgerSearch } from './ledger-search'

export type CreateOrderBody = z.input<typeof CreateOrderSchema>
export type UpdateOrderBody = z.input<typeof UpdateOrderSchema>
export type CreateCollectionBody = z.input<typeof CreateCollectionSchema>
export type CreateCollectionPlanBody = z.input<typeof CreateCollectionPlanSchema>
export type ReceivableGroup = (typeof RECEIVABLE_GROUPS)[number]
export type ReceivableList = z.infer<typeof ReceivableListSchema>
export type ReceivableQuery = { by: ReceivableGroup; asOf?: string }
export type PlanQuery = { customer?: string; owner?: string; overdue?: boolean }
export type OverdueByRep = { ownerId: string; ownerName: string; count: number; outstanding: number }
type Page<T> = { items: T[]; nextCursor: string | null }

export const LEDGER_PAGE_SIZE = 50

const one = (id: string) => `/orders/${encodeURIComponent(id)}`

export const fetchOrderPage = (search: LedgerSearch, cursor?: string, limit = LEDGER_PAGE_SIZE) =>
  http<Page<OrderListItem>>('GET', `/orders${queryString({ ...search, limit, cursor })}`)

export const fetchOrder = (id: string) => http<Order>('GET', one(id))

export const createOrder = (body: CreateOrderBody) => http<Order>('POST', '/orders', { body })

export const updateOrder = (id: string, version: number, body: UpdateOrderBody) =>
  http<Order>('PATCH', one(id), { body, headers: ifMatch(version) })

export const fetchCollectionPage = (search: LedgerSearch, cursor?: string, limit = LEDGER_PAGE_SIZE) =>
  http<Page<Collection>>('GET', `/collections${queryString({ ...search, limit, cursor })}`)

export const createCollection = (body: CreateCollectionBody) =>
  http<Collection>('POST', '/collections', { body })

export const fetchReceivables = (query: ReceivableQuery) =>
  http<ReceivableList>('GET', `/receivables${queryString(query)}`)

export const fetchCollectionPlans = ({ overdue, ...query }: PlanQuery) =>
  http<{ items: CollectionPlan[] }>(
    'GET',
    `/collection-plans${queryString({ ...query, overdue: overdue ? 'true' : undefined })}`,
  )

export const createCollectionPlan = (body: CreateCollectionPlanBody) =>
  http<CollectionPlan>('POST', '/collection-plans', { body })

export const fetchOverdueByRep = () =>
  http<{ items: OverdueByRep[] }>('GET', '/collection-plans/overdue-by-rep')

/** The customer picker's options: the first 20 names matching what was typed. */
export const searchCustomers = (q: string) =>
  http<CustomerList>('GET', `/customers${queryString({ q: q || undefined, limit: 20 })}`)
