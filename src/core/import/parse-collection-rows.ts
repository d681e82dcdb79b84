import type { LocalDate } from '../dates/local-date'
import { COLLECTION_METHODS, type CollectionMethod } from '../ledger/order-lines'
import type { HEADER_SYNONYMS } from './header-synonyms'
import type { RawRow, RowError } from './parse-order-rows'
import { missingColumns, rowReader } from './row-reader'

type Field = keyof (typeof HEADER_SYNONYMS)['collections']
export type ImportedCollection = {
  externalId: string | null
  customerExternalId: string | null
  customerName: string | null
  orderNumber: string | null
  date: LocalDate
  amountMinor: number
  method: CollectionMethod
  /** The rep as the sheet names them (email or name); the app resolves it. */
  rep: string | null
  note: string | null
  row: number
}

/** The words teams write for each method; an empty cell is a bank transfer (CreateCollectionSchema). */
const METHOD_WORDS: Record<string, CollectionMethod> = {
  '': 'transfer',
  transfer: 'transfer',
  banktransfer: 'transfer',
  wire: 'transfer',
  wiretransfer: 'transfer',
  remittance: 'transfer',
  轉帳: 'transfer',
  轉賬: 'transfer',
  转账: 'transfer',
  銀行轉帳: 'transfer',
  银行转账: 'transfer',
  匯款: 'transfer',
  汇款: 'transfer',
  電匯: 'transfer',
  电汇: 'transfer',
  cash: 'cash',
  現金: 'cash',
  现金: 'cash',
  check: 'check',
  cheque: 'check',
  支票: 'check',
  card: 'card',
  creditcard: 'card',
  刷卡: 'card',
  信用卡: 'card',
  other: 'other',
  其他: 'other',
  其它: 'other',
}

/**
 * Rows of a collection sheet (回款) into collections (DOMAIN.md "Orders, collections, expenses"):
 * one row is one collection of a customer (by external id or name), optionally against an order,
 * on a date, for a positive amount, by a method. Amounts with more than two decimals are rounded
 * half away from zero and counted (among the collections returned). Every bad cell is reported with its row and column and the row
 * is left out; a later row with a collection id met before is refused (the first stands,
 * as it does when the rows fall in different batches of a large file).
 */
export function parseCollectionRows(
  rows: Iterable<RawRow>,
  columns: Partial<Record<Field, number>>,
  header: readonly string[],
): { collections: ImportedCollection[]; errors: RowError[]; rounded: number } {
  const collections: (ImportedCollection & { rounded: boolean })[] = []
  const errors: RowError[] = []
  const missing = missingColumns<Field>(['date', 'amount'], columns)
  if (columns.customerExternalId === undefined && columns.customerName === undefined)
    missing.push(...missingColumns<Field>(['customerName'], {}))
  if (missing.length) return { collections: [], errors: missing, rounded: 0 }

  const { at, cell, fail, columnOf, uniqueId, requiredDate, positiveAmount } = rowReader(
    columns,
    header,
    errors,
  )
  for (const raw of rows) {
    const row = at(raw)
    const before = errors.length
    const externalId = uniqueId('externalId')
    const customerExternalId = cell('customerExternalId') || null
    const customerName = cell('customerName') || null
    if (!customerExternalId && !customerName)
      fail(columns.customerName !== undefined ? 'customerName' : 'customerExternalId', 'field.required', {
        field: 'customer',
      })
    const date = requiredDate('date')
    // A collection is money received: zero or less is a mistake, not a refund (CreateCollectionSchema).
    const parsed = positiveAmount('amount')
    const method =
      METHOD_WORDS[
        cell('method')
          .toLowerCase()
          .replace(/[\s_-]/g, '')
      ]
    if (!method)
      fail('method', 'field.invalid_value', {
        field: columnOf('method'),
        options: COLLECTION_METHODS.join(', '),
      })
    if (errors.length > before || !date || !parsed || !method) continue
    collections.push({
      externalId,
      customerExternalId,
      customerName,
      orderNumber: cell('orderNumber') || null,
      date,
      amountMinor: parsed.minor,
      method,
      rep: cell('rep') || null,
      note: cell('note') || null,
      row,
      rounded: parsed.rounded,
    })
  }
  return {
    collections: collections.map(({ rounded: _, ...c }) => c),
    errors,
    rounded: collections.filter((c) => c.rounded).length,
  }
}
