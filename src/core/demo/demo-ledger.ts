import { addDays, type LocalDate } from '../dates/local-date'
import { lineAmount, type CollectionMethod } from '../ledger/order-lines'
import type { Random } from '../random/seeded-random'
import type { CustomerStatus } from '../customers/customer-fields'

export type DemoLedgerCustomer = {
  key: string
  ownerKey: string | null
  status: CustomerStatus
  lostDate: string | null
}
export type DemoOrder = {
  number: string
  customerKey: string
  ownerKey: string
  orderDate: LocalDate
  lines: {
    product: string
    quantityMilli: number
    unitPriceMinor: number
    discountMinor: number
    amountMinor: number
  }[]
  totalMinor: number
}
export type DemoCollection = {
  orderNumber: string
  customerKey: string
  ownerKey: string
  collectedOn: LocalDate
  amountMinor: number
  method: CollectionMethod
}
export type DemoPlan = {
  orderNumber: string
  customerKey: string
  ownerKey: string
  dueOn: LocalDate
  amountMinor: number
}

const PRODUCTS: [string, number][] = [
  ['精密軸承 A 型', 1_250_00],
  ['伺服馬達組', 8_800_00],
  ['工業感測器', 2_150_00],
  ['自動化控制器', 15_600_00],
  ['年度保養合約', 36_000_00],
  ['安裝調校服務', 6_500_00],
  ['耗材補充包', 480_00],
]
/** Month factors: the Lunar New Year dip in February, the year-end push in Q4. */
const SEASON = [1.0, 0.55, 0.95, 1.0, 1.05, 1.0, 0.9, 0.95, 1.05, 1.1, 1.25, 1.45]
const METHODS: CollectionMethod[] = ['transfer', 'transfer', 'transfer', 'check', 'cash']

/**
 * Three years of orders, collections and collection plans that look like a real team's: a few
 * large customers and a long tail (Pareto weights), seasonality, customers won each year (they
 * start ordering later), lost and dormant ones that stop, most orders paid 15–90 days later.
 */
export function demoLedger(customers: readonly DemoLedgerCustomer[], today: LocalDate, random: Random) {
  const orders: DemoOrder[] = []
  const collections: DemoCollection[] = []
  const plans: DemoPlan[] = []
  const start = `${Number(today.slice(0, 4)) - 3}-01-01`
  const months = Array.from({ length: 48 }, (_, i) => {
    const y = Number(start.slice(0, 4)) + Math.floor(i / 12)
    return `${y}-${String((i % 12) + 1).padStart(2, '0')}`
  }).filter((m) => `${m}-01` <= today)
  let sequence = 0
  customers.forEach((customer, rank) => {
    if (customer.status === 'prospect' || !customer.ownerKey) return
    const size = 1 / Math.pow(rank + 1, 0.9)
    const firstMonth = random.chance(0.35) ? random.int(6, months.length - 6) : 0
    const lastDay =
      customer.status === 'lost'
        ? (customer.lostDate ?? today)
        : customer.status === 'dormant'
          ? addDays(today, -240)
          : today
    const perMonth = Math.min(0.95, 0.15 + size * 4)
    months.slice(firstMonth).forEach((month, i) => {
      const factor = SEASON[Number(month.slice(5)) - 1] ?? 1
      if (!random.chance(perMonth * Math.min(1, factor))) return
      const orderDate = `${month}-${String(random.int(1, 28)).padStart(2, '0')}`
      if (orderDate > lastDay || orderDate > today) return
      const scale = Math.max(1, Math.round(size * 40 * factor * (0.6 + random.next())))
      const lines = Array.from({ length: random.int(1, 3) }, () => {
        const [product, price] = random.pick(PRODUCTS)
        const line = {
          quantityMilli: random.int(1, scale) * 1000,
          unitPriceMinor: price,
          discountMinor: random.chance(0.3) ? Math.round(price * 0.05) : 0,
        }
        return { product, ...line, amountMinor: lineAmount(line) }
      })
      const totalMinor = lines.reduce((s, l) => s + l.amountMinor, 0)
      sequence += 1
      const number = `SO-${month.replace('-', '')}-${String(sequence).padStart(6, '0')}`
      const owner = customer.ownerKey as string
      orders.push({ number, customerKey: customer.key, ownerKey: owner, orderDate, lines, totalMinor })
      const paidOn = addDays(orderDate, random.int(15, 90))
      if (paidOn <= today && random.chance(0.93)) {
        const split = random.chance(0.25) ? Math.round(totalMinor * 0.5) : totalMinor
        collections.push({
          orderNumber: number,
          customerKey: customer.key,
          ownerKey: owner,
          collectedOn: paidOn,
          amountMinor: split,
          method: random.pick(METHODS),
        })
        const rest = totalMinor - split
        const secondOn = addDays(paidOn, 30)
        if (rest > 0 && secondOn <= today)
          collections.push({
            orderNumber: number,
            customerKey: customer.key,
            ownerKey: owner,
            collectedOn: secondOn,
            amountMinor: rest,
            method: 'transfer',
          })
      }
      if (i >= 0 && orderDate >= addDays(today, -120))
        plans.push({
          orderNumber: number,
          customerKey: customer.key,
          ownerKey: owner,
          dueOn: addDays(orderDate, 60),
          amountMinor: totalMinor,
        })
    })
  })
  return { orders, collections, plans }
}
