import { urlFilters, type UrlFilters } from '../../lib/url-filters'

/** The filters of the follow-up list, as they stand in the URL. */
export type FollowUpSearch = UrlFilters<'customer' | 'rep'>

const filters = urlFilters(['customer', 'rep'])

export const readFollowUpSearch = filters.read
export const writeFollowUpSearch = filters.write
export const hasFollowUpFilter = filters.has
