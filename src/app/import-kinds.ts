import type { AppContext } from './context'
import { importCollections } from './import-collections'
import { importCustomers } from './import-customers'
import { importExpenses } from './import-expenses'
import { importFollowUps } from './import-follow-ups'
import { importOrders } from './import-orders'
import type { ImportOptions, ImportReport } from './import-run'
import type { ImportFile } from './sheet-rows'

/** What `abacus import KIND` and the wizard take, each with the use case that imports it. */
export const IMPORTERS = {
  customers: importCustomers,
  orders: importOrders,
  collections: importCollections,
  expenses: importExpenses,
  'follow-ups': importFollowUps,
} satisfies Record<
  string,
  (ctx: AppContext, file: ImportFile, options: ImportOptions) => Promise<ImportReport>
>

export type ImportableKind = keyof typeof IMPORTERS
export const IMPORTABLE_KINDS = Object.keys(IMPORTERS) as ImportableKind[]

export const isImportableKind = (kind: string): kind is ImportableKind => kind in IMPORTERS
