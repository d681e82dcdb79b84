import { HEADER_SYNONYMS } from '../../../core/import/header-synonyms'
import type { TKey } from '../../i18n/use-t'
import type { ImportKind } from './import-kinds'

type FieldLabels = { [K in ImportKind]: Record<keyof (typeof HEADER_SYNONYMS)[K], TKey> }

/**
 * The label of each field each kind reads, in the reader's language. The same field name may mean
 * different things per kind (`externalId` is a customer's, a collection's or an expense's number;
 * `rep` is a customer's owner), hence one table per kind. Typed against HEADER_SYNONYMS, so a
 * field added on the server fails the type check until it has a label here.
 */
const FIELD_LABELS: FieldLabels = {
  orders: {
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
  },
  customers: {
    externalId: 'imports.field.customerExternalId',
    name: 'imports.field.customerName',
    companyName: 'imports.field.companyName',
    taxId: 'imports.field.taxId',
    phone: 'imports.field.phone',
    address: 'imports.field.address',
    website: 'imports.field.website',
    industry: 'imports.field.industry',
    region: 'imports.field.region',
    source: 'imports.field.source',
    rep: 'imports.field.owner',
    status: 'imports.field.status',
    lostReason: 'imports.field.lostReason',
    lostDate: 'imports.field.lostDate',
    tags: 'imports.field.tags',
    contactName: 'imports.field.contactName',
    contactTitle: 'imports.field.contactTitle',
    contactPhone: 'imports.field.contactPhone',
    contactEmail: 'imports.field.contactEmail',
  },
  collections: {
    externalId: 'imports.field.collectionExternalId',
    customerExternalId: 'imports.field.customerExternalId',
    customerName: 'imports.field.customerName',
    orderNumber: 'imports.field.number',
    date: 'imports.field.collectionDate',
    amount: 'imports.field.amount',
    method: 'imports.field.method',
    rep: 'imports.field.rep',
    note: 'imports.field.note',
  },
  expenses: {
    externalId: 'imports.field.expenseExternalId',
    date: 'imports.field.expenseDate',
    category: 'imports.field.category',
    amount: 'imports.field.amount',
    rep: 'imports.field.rep',
    customerExternalId: 'imports.field.customerExternalId',
    customerName: 'imports.field.customerName',
    note: 'imports.field.note',
  },
  'follow-ups': {
    externalId: 'imports.field.followUpExternalId',
    customerExternalId: 'imports.field.customerExternalId',
    customerName: 'imports.field.customerName',
    date: 'imports.field.followUpDate',
    time: 'imports.field.time',
    channel: 'imports.field.channel',
    duration: 'imports.field.duration',
    summary: 'imports.field.summary',
    outcome: 'imports.field.outcome',
    nextStep: 'imports.field.nextStep',
    nextDate: 'imports.field.nextDate',
    rep: 'imports.field.rep',
  },
}

/** The fields a kind reads, in the server's order (the order it claims columns in). */
export const importFields = (kind: ImportKind): string[] => Object.keys(HEADER_SYNONYMS[kind])

/** A field's label key, or undefined for a name that is not one of the kind's fields. */
export const fieldLabel = (kind: ImportKind, field: string): TKey | undefined =>
  (FIELD_LABELS[kind] as Record<string, TKey>)[field]
