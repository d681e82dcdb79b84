type Searchable = {
  name: string
  companyName?: string | null
  phone?: string | null
  contacts?: readonly { name: string; phone?: string | null }[]
}

/**
 * The one lower-cased text that the list's free-text filter matches with LIKE: name, company,
 * phone and every contact's name and phone. Kept on the row so a search is one column on both
 * engines (SQLite LIKE ignores ASCII case, PostgreSQL LIKE does not). Phone digits are also kept
 * without separators so "0912345678" finds "0912-345-678".
 */
export function searchText(customer: Searchable): string {
  const phones = [customer.phone, ...(customer.contacts ?? []).map((c) => c.phone)].filter((p): p is string =>
    Boolean(p),
  )
  return [
    customer.name,
    customer.companyName ?? '',
    ...(customer.contacts ?? []).map((c) => c.name),
    ...phones,
    ...phones.map((p) => p.replace(/[^\d+]/g, '')),
  ]
    .filter(Boolean)
    .join('\n')
    .toLowerCase()
}

/** A user's query in the same form as searchText, ready for LIKE with `\` as the escape. */
export function searchPattern(query: string): string {
  const escaped = query
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)
  return `%${escaped}%`
}
