const DATE = /^\d{4}-\d{2}-\d{2}$/

/** A list's text filters `keys` and its range `from`–`to` of `YYYY-MM-DD` days. */
export type UrlFilters<K extends string> = { [key in K | 'from' | 'to']?: string }

/**
 * Reads and writes a list's filters as they stand in the URL, so a search can be bookmarked and
 * shared: blank values are no filter, and a day that is not `YYYY-MM-DD` is dropped.
 */
export function urlFilters<K extends string>(keys: readonly K[]) {
  const all = [...keys, 'from', 'to'] as const
  return {
    read(params: URLSearchParams): UrlFilters<K> {
      const value = (key: string) => params.get(key)?.trim() || undefined
      const date = (key: string) => {
        const v = value(key)
        return v && DATE.test(v) ? v : undefined
      }
      const search: UrlFilters<K> = {}
      for (const key of keys) search[key] = value(key)
      return { ...search, from: date('from'), to: date('to') }
    },
    /** Writes the filters over the current params, so a tab or switch kept there survives. */
    write(params: URLSearchParams, search: UrlFilters<K>): URLSearchParams {
      const next = new URLSearchParams(params)
      for (const key of all) {
        const value = search[key]
        if (value) next.set(key, value)
        else next.delete(key)
      }
      return next
    },
    has: (search: UrlFilters<K>) => all.some((key) => Boolean(search[key])),
  }
}
