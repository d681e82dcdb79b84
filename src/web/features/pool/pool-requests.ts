import type { Customer } from '../../../contracts/customers'
import type { PoolFlows, PoolHistory, PoolList, PoolWarnings } from '../../../contracts/pool'
import { http } from '../../lib/http'
import { queryString } from '../../lib/query-string'
import type { PoolSearch } from './pool-search'

export const POOL_PAGE_SIZE = 50

const customer = (id: string) => `/customers/${encodeURIComponent(id)}`

export const fetchPoolPage = (search: PoolSearch, cursor: string | undefined) =>
  http<PoolList>('GET', `/pool${queryString({ ...search, limit: POOL_PAGE_SIZE, cursor })}`)

export const claimCustomer = (id: string) => http<Customer>('POST', `/pool/${encodeURIComponent(id)}/claim`)

export const assignCustomer = (id: string, ownerId: string) =>
  http<Customer>('POST', `${customer(id)}/assign`, { body: { ownerId } })

export const releaseCustomer = (id: string, reason: string | null) =>
  http<Customer>('POST', `${customer(id)}/release`, { body: { reason } })

export const fetchPoolHistory = (id: string) => http<PoolHistory>('GET', `${customer(id)}/pool-history`)

export const fetchPoolWarnings = () => http<PoolWarnings>('GET', '/pool/warnings')

export const fetchPoolFlows = (from: string, to: string) =>
  http<PoolFlows>('GET', `/pool/flows${queryString({ from, to })}`)
