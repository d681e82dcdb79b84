import type { CustomerFilter, CustomerSort } from '../../../contracts/customers'
import {
  CUSTOMER_STATUSES,
  TIERS,
  type CustomerStatus,
  type Tier,
} from '../../../core/customers/customer-fields'

export type SortOrder = 'asc' | 'desc'
export type CustomerSearch = CustomerFilter & { sort: CustomerSort; order: SortOrder }

export const CUSTOMER_SORTS: readonly CustomerSort[] = ['name', 'updatedAt', 'createdAt']
const DEFAULT_SORT: CustomerSort = 'name'
const DEFAULT_ORDER: SortOrder = 'asc'

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | undefined =>
  list.find((item) => item === value)
const text = (value: string | null) => value?.trim() || undefined

/** The list's filters and sort as they stand in the URL, so a search can be bookmarked and shared. */
export function readSearch(params: URLSearchParams): CustomerSearch {
  return {
    owner: text(params.get('owner')),
    tier: oneOf<Tier>(TIERS, params.get('tier')),
    status: oneOf<CustomerStatus>(CUSTOMER_STATUSES, params.get('status')),
    tag: text(params.get('tag')),
    q: text(params.get('q')),
    sort: oneOf(CUSTOMER_SORTS, params.get('sort')) ?? DEFAULT_SORT,
    order: oneOf<SortOrder>(['asc', 'desc'], params.get('order')) ?? DEFAULT_ORDER,
  }
}

/** The URL form of a search; defaults are left out to keep shared links short. */
export function writeSearch(search: CustomerSearch): URLSearchParams {
  const params = new URLSearchParams()
  const { sort, order, ...filter } = search
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value)
  if (sort !== DEFAULT_SORT) params.set('sort', sort)
  if (order !== DEFAULT_ORDER) params.set('order', order)
  return params
}

export const filterOf = ({ owner, tier, status, tag, q }: CustomerSearch): CustomerFilter => ({
  owner,
  tier,
  status,
  tag,
  q,
})

export const hasFilter = (search: CustomerSearch) => Object.values(filterOf(search)).some(Boolean)
