/** The filters shared by the order and collection lists, as they stand in the URL. */
export type LedgerSearch = { customer?: string; owner?: string; from?: string; to?: string }

const KEYS = ['customer', 'owner', 'from', 'to'] as const
const DATE = /^\d{4}-\d{2}-\d{2}$/

export function readLedgerSearch(params: URLSearchParams): LedgerSearch {
  const value = (key: string) => params.get(key)?.trim() || undefined
  const date = (key: string) => {
    const v = value(key)
    return v && DATE.test(v) ? v : undefined
  }
  return { customer: value('customer'), owner: value('owner'), from: date('from'), to: date('to') }
}

/** Writes the filters over the current params, so a tab or switch kept there survives. */
export function writeLedgerSearch(params: URLSearchParams, search: LedgerSearch): URLSearchParams {
  const next = new URLSearchParams(params)
  for (const key of KEYS) {
    const value = search[key]
    if (value) next.set(key, value)
    else next.delete(key)
  }
  return next
}

export const hasLedgerFilter = (search: LedgerSearch) => KEYS.some((key) => Boolean(search[key]))
