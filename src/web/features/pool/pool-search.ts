import type { CustomerSort } from '../../../contracts/customers'
import type { PoolListQuery } from '../../../contracts/pool'
import { readSearch, writeSearch } from '../customers/customer-search'

/** The pool list's filters and sort: the customer list's, without the owner. */
export type PoolSearch = Pick<PoolListQuery, 'tier' | 'status' | 'tag' | 'q'> & {
  sort: CustomerSort
  order: 'asc' | 'desc'
}

export function readPoolSearch(params: URLSearchParams): PoolSearch {
  const { owner: _owner, ...search } = readSearch(params)
  return search
}

export const writePoolSearch = (search: PoolSearch): URLSearchParams => writeSearch(search)

export const hasPoolFilter = ({ tier, status, tag, q }: PoolSearch) => Boolean(tier || status || tag || q)
