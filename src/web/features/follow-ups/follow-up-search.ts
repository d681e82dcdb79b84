/** The filters of the follow-up list, as they stand in the URL. */
export type FollowUpSearch = { customer?: string; rep?: string; from?: string; to?: string }

const KEYS = ['customer', 'rep', 'from', 'to'] as const
const DATE = /^\d{4}-\d{2}-\d{2}$/

export function readFollowUpSearch(params: URLSearchParams): FollowUpSearch {
  const value = (key: string) => params.get(key)?.trim() || undefined
  const date = (key: string) => {
    const v = value(key)
    return v && DATE.test(v) ? v : undefined
  }
  return { customer: value('customer'), rep: value('rep'), from: date('from'), to: date('to') }
}

export function writeFollowUpSearch(params: URLSearchParams, search: FollowUpSearch): URLSearchParams {
  const next = new URLSearchParams(params)
  for (const key of KEYS) {
    const value = search[key]
    if (value) next.set(key, value)
    else next.delete(key)
  }
  return next
}

export const hasFollowUpFilter = (search: FollowUpSearch) => KEYS.some((key) => Boolean(search[key]))
