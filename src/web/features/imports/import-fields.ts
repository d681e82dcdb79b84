import { HEADER_SYNONYMS } from '../../../core/import/header-synonyms'
import type { TKey } from '../../i18n/use-t'

export type ImportField = keyof typeof HEADER_SYNONYMS.orders

export const IMPORT_FIELDS = Object.keys(HEADER_SYNONYMS.orders) as ImportField[]

export const isImportField = (value: string): value is ImportField =>
  (IMPORT_FIELDS as string[]).includes(value)

/** The label of each field the importer reads, in the reader's language. */
export const FIELD_LABELS: Record<ImportField, TKey> = {
  number: 'imports.field.number',
  customerExternalId: 'imports.field.customerExternalId',
  customerName: 'imports.field.customerName',
  orderDate: 'imports.field.orderDate',
  amount: 'imports.field.amount',
  rep: 'imports.field.rep',
  product: 'imports.field.product',
  quantity: 'imports.field.quantity',
  unitPrice: 'imports.field.unitPrice',
  discount: 'imports.field.discount',
  status: 'imports.field.status',
}
