/** DOMAIN.md "Orders, collections, expenses": statuses, collection methods. */
export const ORDER_STATUSES = ['confirmed', 'cancelled'] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

export const COLLECTION_METHODS = ['transfer', 'cash', 'check', 'card', 'other'] as const
export type CollectionMethod = (typeof COLLECTION_METHODS)[number]

/** Quantities keep three decimals (1.5 kg), stored as integer thousandths. */
export const QUANTITY_SCALE = 1000

export type OrderLine = {
  /** Thousandths of a unit. */
  quantityMilli: number
  /** Cents per unit. */
  unitPriceMinor: number
  /** Cents taken off the line. */
  discountMinor: number
}

/**
 * A line's amount in cents: quantity × unit price, rounded half away from zero to the cent,
 * less the discount. Computed in BigInt so no float ever touches money.
 */
export function lineAmount(line: OrderLine): number {
  const product = BigInt(line.quantityMilli) * BigInt(line.unitPriceMinor)
  const scale = BigInt(QUANTITY_SCALE)
  const negative = product < 0n
  const abs = negative ? -product : product
  let cents = abs / scale
  if ((abs % scale) * 2n >= scale) cents += 1n
  return Number(negative ? -cents : cents) - line.discountMinor
}

/** An order's total: the sum of its lines' amounts. */
export function orderTotal(lines: readonly OrderLine[]): number {
  return lines.reduce((sum, line) => sum + lineAmount(line), 0)
}
