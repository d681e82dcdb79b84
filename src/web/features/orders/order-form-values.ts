import type { Dayjs } from 'dayjs'
import { lineAmount, QUANTITY_SCALE } from '../../../core/ledger/order-lines'
import { toLocalDate } from '../ledger/date-value'
import type { CreateOrderBody } from '../ledger/ledger-requests'
import { toMinor } from '../ledger/money-rule'

export type OrderMode = 'lines' | 'total'
/** A line as typed: amounts stay text ("1,234.50") until they are read with parseMoney. */
export type LineValues = { product?: string; quantity?: string; unitPrice?: string; discount?: string }
export type OrderFormValues = {
  number: string
  customerId?: string
  orderDate?: Dayjs
  ownerId?: string
  mode: OrderMode
  lines: LineValues[]
  total?: string
  note?: string
}

export const emptyLine = (): LineValues => ({ product: '', quantity: '1', unitPrice: '', discount: '' })

const QUANTITY = /^\d+(?:\.\d{1,3})?$/

/** Thousandths of a unit from "1.5", or null: the API keeps three decimals (core/ledger/order-lines). */
export function toQuantityMilli(text: string | undefined): number | null {
  const s = text?.trim() ?? ''
  if (!QUANTITY.test(s)) return null
  const [whole = '0', fraction = ''] = s.split('.')
  const milli = Number(whole) * QUANTITY_SCALE + Number((fraction + '000').slice(0, 3))
  return milli > 0 && Number.isSafeInteger(milli) ? milli : null
}

/** The line's amount as the server will compute it, or null while the line is incomplete. */
export function previewLine(line: LineValues | undefined): number | null {
  const quantityMilli = toQuantityMilli(line?.quantity)
  const unitPriceMinor = toMinor(line?.unitPrice)
  const discountMinor = line?.discount?.trim() ? toMinor(line.discount) : 0
  if (quantityMilli === null || unitPriceMinor === null || discountMinor === null) return null
  return lineAmount({ quantityMilli, unitPriceMinor, discountMinor })
}

/** The sum of the complete lines; incomplete ones are left out of the preview, not guessed. */
export const previewTotal = (lines: readonly (LineValues | undefined)[] | undefined): number =>
  (lines ?? []).reduce((sum, line) => sum + (previewLine(line) ?? 0), 0)

/**
 * The request body. Only what was typed is sent; a value the browser could not read goes as typed
 * so the server names the problem under that field.
 */
export function toOrderBody(values: OrderFormValues, sendOwner: boolean): CreateOrderBody {
  const note = values.note?.trim()
  const base = {
    number: values.number.trim(),
    customerId: values.customerId ?? '',
    orderDate: values.orderDate ? toLocalDate(values.orderDate) : '',
    ...(sendOwner && values.ownerId ? { ownerId: values.ownerId } : {}),
    ...(note ? { note } : {}),
  }
  if (values.mode === 'total') return { ...base, total: toMinor(values.total) ?? Number.NaN }
  return {
    ...base,
    lines: values.lines.map((line) => ({
      product: line.product?.trim() ?? '',
      quantity: (toQuantityMilli(line.quantity) ?? Number.NaN) / QUANTITY_SCALE,
      unitPrice: toMinor(line.unitPrice) ?? Number.NaN,
      discount: line.discount?.trim() ? (toMinor(line.discount) ?? Number.NaN) : 0,
    })),
  }
}
