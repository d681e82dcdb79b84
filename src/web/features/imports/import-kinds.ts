import type { ImportKind } from '../../../core/import/header-synonyms'

export type { ImportKind }

/** What the wizard imports, in the order the navigation lists their pages. */
export const IMPORT_KINDS: readonly ImportKind[] = [
  'customers',
  'orders',
  'collections',
  'expenses',
  'follow-ups',
]

export const isImportKind = (value: string | null | undefined): value is ImportKind =>
  (IMPORT_KINDS as readonly (string | null | undefined)[]).includes(value)

/** The list page of each kind: where the wizard sends people when the import is done. */
export const KIND_PATHS: Record<ImportKind, string> = {
  customers: '/customers',
  orders: '/orders',
  collections: '/collections',
  expenses: '/expenses',
  'follow-ups': '/follow-ups',
}

/** The wizard for a kind (the page's Import buttons link here). */
export const importPath = (kind: ImportKind) => `/imports?kind=${kind}`
