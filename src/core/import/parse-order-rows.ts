import type { MessageKey } from '../i18n/messages.en'
import { lineAmount, QUANTITY_SCALE } from '../ledger/order-lines'
import { parseMoney } from '../money/parse-money'
import type { HEADER_SYNONYMS } from './header-synonyms'
import { parseImportDate } from './parse-import-date'
import { MONEY_LIMIT_MINOR } from '../money/money-limit'

type Field = keyof (typeof HEADER_SYNONYMS)['orders']
export type RawRow = { row: number; cells: readonly string[] }
/** A problem with one cell: the file's row number (header = 1), the column's header, why. */
export type RowError = {
  row: number
  column: string
  key: MessageKey
  params?: Record<string, string | number>
}
export type ImportedLine = {
  product: string
  quantityMilli: number
  unitPriceMinor: number
  discountMinor: number
  amountMinor: number
}
export type ImportedOrder = {
  number: string
  customerExternalId: string | null
  customerName: string | null
  orderDate: string
  rep: string | null
  status: 'confirmed' | 'cancelled'
  lines: ImportedLine[]
  totalMinor: number
  rows: number[]
}

const CANCELLED = /^(cancel+ed|void|取消|已取消|作廢|作废)$/i
const CONFIRMED = /^(|confirmed|ok|已確認|已确认|確認|确认|成交|有效)$/i
const QUANTITY = /^\d{1,3}(,\d{3})*(\.\d{1,3})?$|^\d+(\.\d{1,3})?$/

/**
 * Rows of an order sheet into orders (DOMAIN.md; issue 3): rows sharing an order number are one
 * order with several lines; a line is product × quantity × unit price − discount, or the amount
 * the sheet gives; an order without products is its amount. Amounts with more than two decimals
 * are rounded half away from zero and counted. Every bad cell is reported with its row and column;
 * an order with any bad row is left out whole, and its number listed in `badNumbers`.
 */
export function parseOrderRows(
  rows: Iterable<RawRow>,
  columns: Partial<Record<Field, number>>,
  header: readonly string[],
): { orders: ImportedOrder[]; errors: RowError[]; rounded: number; badNumbers: string[] } {
  const orders = new Map<string, ImportedOrder>()
  const bad = new Set<string>()
  const errors: RowError[] = []
  let rounded = 0
  const missing = (['number', 'orderDate'] as const).filter((f) => columns[f] === undefined)
  if (columns.customerExternalId === undefined && columns.customerName === undefined)
    missing.push('customerName' as never)
  if (columns.amount === undefined && (columns.quantity === undefined || columns.unitPrice === undefined))
    missing.push('amount' as never)
  if (missing.length)
    return {
      orders: [],
      errors: missing.map((f) => ({ row: 1, column: f, key: 'import.missing_column' })),
      rounded: 0,
      badNumbers: [],
    }

  // A sheet repeats a few hundred dates over thousands of rows: each text is read once.
  const dates = new Map<string, string | null>()
  // The helpers read the row in hand; made once, not per row (a million-line sheet).
  let row = 0
  let cells: readonly string[] = []
  const cell = (f: Field) => (columns[f] === undefined ? '' : (cells[columns[f] as number] ?? '').trim())
  const fail = (f: Field, key: MessageKey, params?: RowError['params']) => {
    errors.push({ row, column: header[columns[f] as number] ?? f, key, ...(params ? { params } : {}) })
    return null
  }
  const money = (f: Field) => {
    const text = cell(f)
    if (!text) return undefined
    const parsed = parseMoney(text)
    if (!parsed) return fail(f, 'import.not_amount', { value: text })
    if (parsed.minor < 0) return fail(f, 'field.positive', { field: header[columns[f] as number] ?? f })
    if (parsed.minor > MONEY_LIMIT_MINOR)
      return fail(f, 'field.too_big', { field: header[columns[f] as number] ?? f, max: MONEY_LIMIT_MINOR })
    if (parsed.rounded) rounded += 1
    return parsed.minor
  }

  for (const raw of rows) {
    row = raw.row
    cells = raw.cells
    const before = errors.length
    const number =
      cell('number') ||
      fail('number', 'field.required', { field: header[columns.number as number] ?? 'number' })
    const dateText = cell('orderDate')
    let parsedDate = dates.get(dateText)
    if (parsedDate === undefined) dates.set(dateText, (parsedDate = parseImportDate(dateText)))
    const orderDate = parsedDate ?? fail('orderDate', 'import.not_date', { value: dateText })
    const customerExternalId = cell('customerExternalId') || null
    const customerName = cell('customerName') || null
    if (!customerExternalId && !customerName)
      fail(columns.customerName !== undefined ? 'customerName' : 'customerExternalId', 'field.required', {
        field: 'customer',
      })
    const amount = money('amount')
    const unitPrice = money('unitPrice')
    const discount = money('discount') ?? 0
    const quantityText = cell('quantity').replace(/,/g, '')
    let quantityMilli: number | null = null
    if (quantityText) {
      if (quantityText.startsWith('-'))
        fail('quantity', 'field.positive', { field: header[columns.quantity as number] ?? 'quantity' })
      else if (!QUANTITY.test(quantityText)) fail('quantity', 'import.not_quantity', { value: quantityText })
      else quantityMilli = Math.round(Number(quantityText) * QUANTITY_SCALE)
    }
    const product = cell('product')
    if (
      amount === undefined &&
      (unitPrice === undefined || quantityMilli === null) &&
      errors.length === before
    )
      fail(columns.amount !== undefined ? 'amount' : 'unitPrice', 'field.required', { field: 'amount' })
    if (errors.length > before || !number || !orderDate) {
      if (number) bad.add(number)
      continue
    }
    let line: ImportedLine | null = null
    if (product) {
      const q = quantityMilli ?? QUANTITY_SCALE
      const price = unitPrice ?? Math.round((((amount ?? 0) + (discount ?? 0)) * QUANTITY_SCALE) / q)
      const parts = { quantityMilli: q, unitPriceMinor: price, discountMinor: discount ?? 0 }
      line = { product, ...parts, amountMinor: amount ?? lineAmount(parts) }
      // A discount beyond its line, refused as the API refuses it (app/orders.ts toLines).
      if (line.amountMinor < 0) {
        fail('discount', 'field.too_big', {
          field: header[columns.discount as number] ?? 'discount',
          max: line.amountMinor + line.discountMinor,
        })
        bad.add(number)
        continue
      }
      // Quantity × unit price beyond what an amount may be (core/money/money-limit.ts).
      if (line.amountMinor > MONEY_LIMIT_MINOR) {
        fail('quantity', 'field.too_big', {
          field: header[columns.quantity as number] ?? 'quantity',
          max: MONEY_LIMIT_MINOR,
        })
        bad.add(number)
        continue
      }
    }
    const rowTotal = line ? line.amountMinor : (amount as number)
    const existing = orders.get(number)
    const rep = cell('rep') || null
    const statusText = cell('status')
    if (!CANCELLED.test(statusText) && !CONFIRMED.test(statusText)) {
      fail('status', 'field.invalid_value', {
        field: header[columns.status as number] ?? 'status',
        options: 'confirmed, cancelled',
      })
      bad.add(number)
      continue
    }
    const status = CANCELLED.test(statusText) ? 'cancelled' : 'confirmed'
    if (!existing) {
      orders.set(number, {
        number,
        customerExternalId,
        customerName,
        orderDate,
        rep,
        status,
        lines: line ? [line] : [],
        totalMinor: rowTotal,
        rows: [row],
      })
      continue
    }
    if (
      existing.orderDate !== orderDate ||
      existing.customerExternalId !== customerExternalId ||
      existing.customerName !== customerName ||
      existing.rep !== rep ||
      existing.status !== status
    ) {
      fail('number', 'import.inconsistent_order', { number })
      bad.add(number)
      continue
    }
    if (line) existing.lines.push(line)
    existing.totalMinor += rowTotal
    existing.rows.push(row)
  }
  return {
    orders: [...orders.values()].filter((o) => !bad.has(o.number)),
    errors,
    rounded,
    badNumbers: [...bad],
  }
}
