import type {
  ClassificationRun,
  CustomerTier,
  RunCustomerList,
  RunCustomersQuery,
  RunDetail,
} from '../../../contracts/classification'
import { http, ifMatch } from '../../lib/http'
import { queryString } from '../../lib/query-string'

export const RUN_CUSTOMERS_PAGE = 50

const run = (id: string) => `/classification/runs/${encodeURIComponent(id)}`
const tier = (customerId: string) => `/customers/${encodeURIComponent(customerId)}/tier`

export const fetchRuns = () =>
  http<{ items: ClassificationRun[]; nextCursor: string | null }>('GET', '/classification/runs?limit=100')

export const fetchRun = (id: string) => http<RunDetail>('GET', run(id))

export const fetchRunCustomers = (id: string, query: Pick<RunCustomersQuery, 'change'>, cursor?: string) =>
  http<RunCustomerList>(
    'GET',
    `${run(id)}/customers${queryString({ ...query, limit: RUN_CUSTOMERS_PAGE, cursor })}`,
  )

export const runClassification = () => http<ClassificationRun>('POST', '/classification/runs', { body: {} })

export const fetchCustomerTier = (customerId: string) => http<CustomerTier>('GET', tier(customerId))

export type TierOverrideInput = { tier: 'A' | 'B' | 'C'; reason: string; until: string | null }

export const saveTierOverride = (customerId: string, version: number, body: TierOverrideInput) =>
  http<CustomerTier>('PUT', `${tier(customerId)}-override`, { body, headers: ifMatch(version) })

export const removeTierOverride = (customerId: string, version: number) =>
  http<CustomerTier>('DELETE', `${tier(customerId)}-override`, { headers: ifMatch(version) })
