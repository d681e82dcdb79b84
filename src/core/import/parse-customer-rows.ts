import { CUSTOMER_STATUSES, type CustomerStatus } from '../customers/customer-fields'
import type { LocalDate } from '../dates/local-date'
import type { MessageKey } from '../i18n/messages.en'
import type { HEADER_SYNONYMS } from './header-synonyms'
import { parseImportDate } from './parse-import-date'
import type { RawRow, RowError } from './parse-order-rows'

type Field = keyof (typeof HEADER_SYNONYMS)['customers']
export type ImportedContact = {
  name: string
  title: string | null
  phone: string | null
  email: string | null
}
export type ImportedCustomer = {
  externalId: string | null
  name: string
  companyName: string | null
  taxId: string | null
  phone: string | null
  address: string | null
  website: string | null
  industry: string | null
  region: string | null
  source: string | null
  /** The owner as the sheet names them (email or name); the app resolves it. */
  rep: string | null
  status: CustomerStatus
  lostReason: string | null
  lostDate: LocalDate | null
  tags: string[]
  contacts: ImportedContact[]
  rows: number[]
}

/** The customer's own fields: what every row of one customer must agree on. */
type Said = {
  name: string | null
  companyName: string | null
  taxId: string | null
  phone: string | null
  address: string | null
  website: string | null
  industry: string | null
  region: string | null
  source: string | null
  rep: string | null
  status: CustomerStatus | null
  lostReason: string | null
  lostDate: LocalDate | null
  tags: string[] | null
}
type Draft = { externalId: string | null; said: Said; contacts: ImportedContact[]; rows: number[] }
const TEXT_FIELDS = [
  'name',
  'companyName',
  'taxId',
  'phone',
  'address',
  'website',
  'industry',
  'region',
  'source',
  'rep',
  'lostReason',
] as const

/** The words teams write for each status (DOMAIN.md "Customers"), after a trailing 客戶/客户 is dropped. */
const STATUS_WORDS: Record<string, CustomerStatus> = {
  ...Object.fromEntries(CUSTOMER_STATUSES.map((s) => [s, s])),
  lead: 'prospect',
  potential: 'prospect',
  潛在: 'prospect',
  潜在: 'prospect',
  意向: 'prospect',
  current: 'active',
  活躍: 'active',
  活跃: 'active',
  有效: 'active',
  合作中: 'active',
  正常: 'active',
  inactive: 'dormant',
  休眠: 'dormant',
  沉睡: 'dormant',
  沉默: 'dormant',
  churned: 'lost',
  流失: 'lost',
  已流失: 'lost',
}
const statusOf = (text: string): CustomerStatus | undefined =>
  STATUS_WORDS[
    text
      .toLowerCase()
      .replace(/[\s_-]/g, '')
      .replace(/(客戶|客户)$/, '')
  ]
const TAG_SEPARATORS = /[,，;；、/]/
// Loose on purpose: it catches a phone number or a name in the email column; the contract's own
// check (ContactInputSchema) still runs when the app saves the contact.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/

const same = (a: Said[keyof Said], b: Said[keyof Said]) =>
  Array.isArray(a) && Array.isArray(b) ? [...a].sort().join('\n') === [...b].sort().join('\n') : a === b
const sameContact = (a: ImportedContact, b: ImportedContact) =>
  a.name === b.name && a.title === b.title && a.phone === b.phone && a.email === b.email

/**
 * Rows of a customer sheet into customers (DOMAIN.md "Customers"), one contact per row. Rows that
 * share a customer id are one customer with several contacts: a customer field may be blank on some
 * of them, but where two rows fill it in they must agree. Rows without an id are a customer each.
 * A blank status is `active` — a team's sheet lists the customers it already sells to — and a lost
 * customer needs a lost reason and date (as the app requires). Every bad cell is reported with its
 * row and column; a customer with any bad row is left out whole.
 */
export function parseCustomerRows(
  rows: Iterable<RawRow>,
  columns: Partial<Record<Field, number>>,
  header: readonly string[],
): { customers: ImportedCustomer[]; errors: RowError[] } {
  if (columns.name === undefined)
    return { customers: [], errors: [{ row: 1, column: 'name', key: 'import.missing_column' }] }

  const columnOf = (f: Field) => header[columns[f] as number] ?? f
  const drafts = new Map<string, Draft>()
  const bad = new Set<string>()
  const errors: RowError[] = []
  for (const { row, cells } of rows) {
    const cell = (f: Field) => (columns[f] === undefined ? '' : (cells[columns[f] as number] ?? '').trim())
    const fail = (f: Field, key: MessageKey, params?: RowError['params']) => {
      errors.push({ row, column: columnOf(f), key, ...(params ? { params } : {}) })
      return null
    }
    const before = errors.length
    const externalId = cell('externalId') || null
    const key = externalId ?? `row:${row}`
    const said = Object.fromEntries(TEXT_FIELDS.map((f) => [f, cell(f) || null])) as Said
    const statusText = cell('status')
    said.status = statusText
      ? (statusOf(statusText) ??
        fail('status', 'field.invalid_value', {
          field: columnOf('status'),
          options: CUSTOMER_STATUSES.join(', '),
        }))
      : null
    const lostText = cell('lostDate')
    said.lostDate = lostText
      ? (parseImportDate(lostText) ?? fail('lostDate', 'import.not_date', { value: lostText }))
      : null
    const tags = [
      ...new Set(
        cell('tags')
          .split(TAG_SEPARATORS)
          .map((t) => t.trim())
          .filter(Boolean),
      ),
    ]
    said.tags = tags.length ? tags : null
    const contact: ImportedContact = {
      name: cell('contactName'),
      title: cell('contactTitle') || null,
      phone: cell('contactPhone') || null,
      email: cell('contactEmail') || null,
    }
    const hasContact = Boolean(contact.name || contact.title || contact.phone || contact.email)
    if (hasContact && !contact.name) fail('contactName', 'field.required', { field: columnOf('contactName') })
    if (contact.email && !EMAIL.test(contact.email))
      fail('contactEmail', 'field.invalid_email', { field: columnOf('contactEmail') })
    if (errors.length > before) {
      bad.add(key)
      continue
    }
    const draft = drafts.get(key)
    if (!draft) {
      drafts.set(key, { externalId, said, contacts: hasContact ? [contact] : [], rows: [row] })
      continue
    }
    for (const f of Object.keys(said) as (keyof Said)[]) {
      const value = said[f]
      if (value === null) continue
      if (draft.said[f] === null) (draft.said as Record<keyof Said, unknown>)[f] = value
      else if (!same(draft.said[f], value))
        fail(f, 'import.inconsistent_customer', { externalId: key, field: columnOf(f) })
    }
    if (errors.length > before) {
      bad.add(key)
      continue
    }
    if (hasContact && !draft.contacts.some((c) => sameContact(c, contact))) draft.contacts.push(contact)
    draft.rows.push(row)
  }

  const customers: ImportedCustomer[] = []
  for (const [key, { externalId, said, contacts, rows: customerRows }] of drafts) {
    if (bad.has(key)) continue
    const row = customerRows[0] as number
    const missing = (f: Field) => {
      errors.push({ row, column: columnOf(f), key: 'field.required', params: { field: columnOf(f) } })
    }
    const status = said.status ?? 'active'
    if (!said.name) missing('name')
    if (status === 'lost' && !said.lostReason) missing('lostReason')
    if (status === 'lost' && !said.lostDate) missing('lostDate')
    if (!said.name || (status === 'lost' && (!said.lostReason || !said.lostDate))) continue
    customers.push({
      externalId,
      name: said.name,
      companyName: said.companyName,
      taxId: said.taxId,
      phone: said.phone,
      address: said.address,
      website: said.website,
      industry: said.industry,
      region: said.region,
      source: said.source,
      rep: said.rep,
      status,
      lostReason: said.lostReason,
      lostDate: said.lostDate,
      tags: said.tags ?? [],
      contacts,
      rows: customerRows,
    })
  }
  // Errors found once every row is read (a missing name, a lost reason) go back to their row.
  return { customers, errors: errors.sort((a, b) => a.row - b.row) }
}
