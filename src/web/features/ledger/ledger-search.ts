import { urlFilters, type UrlFilters } from '../../lib/url-filters'

/** The filters shared by the order and collection lists, as they stand in the URL. */
export type LedgerSearch = UrlFilters<'customer' | 'owner'>

const filters = urlFilters(['customer', 'owner'])

export const readLedgerSearch = filters.read
/** Writes the filters over the current params, so a tab or switch kept there survives. */
export const writeLedgerSearch = filters.write
export const hasLedgerFilter = filters.has
