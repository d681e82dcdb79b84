/**
 * Customer gain/loss (客戶得失分析) and the sales bridge, exactly as DOMAIN.md "Analyses" defines
 * them, for a period P against a previous period Q. The database sums each customer's confirmed
 * orders in P and in Q and says whether it ordered before P; the rule is here. Money in cents.
 */
export type CustomerPeriods = {
  /** Sales in P and in Q: the sum of the customer's confirmed orders dated in each. */
  sales: number
  previousSales: number
  /** Whether it has a confirmed order dated in P, in Q (an order of 0 still counts as ordering). */
  orderedInPeriod: boolean
  orderedInPrevious: boolean
  /** Whether it has a confirmed order dated before P (before Q, or between Q and P when they are apart). */
  orderedBefore: boolean
}

/**
 * Customers alike in when they ordered (one group), summed: what a database adds up so that a year
 * of 100,000 customers reaches the rule as a few thousand rows. `rise` and `fall` are the sums over
 * them of max(sales − previousSales, 0) and max(previousSales − sales, 0): what the bridge takes of
 * each retained customer. A single customer is a plain CustomerPeriods: its rise or fall is its own.
 */
export type CustomersAlike = CustomerPeriods & { customers: number; rise: number; fall: number }

/** How many customers a row stands for: one, or the customers alike it sums. */
export const customersOf = (c: CustomerPeriods | CustomersAlike): number =>
  'customers' in c ? c.customers : 1

export const GAIN_LOSS_GROUPS = ['new', 'retained', 'reactivated', 'lost'] as const
export type GainLossGroup = (typeof GAIN_LOSS_GROUPS)[number]

/**
 * `new`: ordered in P, never before P. `retained`: in P and in Q. `reactivated`: in P, not in Q, but
 * before — DOMAIN.md says "before Q"; when a given Q ends well before P, a customer whose last order
 * before P fell between the two is counted here too, so that every customer of P is in exactly one
 * group and the bridge still adds up. `lost`: in Q, not in P. Anyone else: null.
 */
export function gainLossGroup(c: CustomerPeriods): GainLossGroup | null {
  if (c.orderedInPeriod) {
    if (c.orderedInPrevious) return 'retained'
    return c.orderedBefore ? 'reactivated' : 'new'
  }
  return c.orderedInPrevious ? 'lost' : null
}

export type Bridge = {
  previous: number
  new: number
  reactivated: number
  expansion: number
  contraction: number
  lost: number
  current: number
}

export type GainLoss = {
  new: { count: number; sales: number }
  retained: { count: number; sales: number; previousSales: number }
  reactivated: { count: number; sales: number }
  lost: { count: number; previousSales: number }
  /** `previous + new + reactivated + expansion − contraction − lost = current`, to the cent. */
  bridge: Bridge
}

export const emptyGainLoss = (): GainLoss => ({
  new: { count: 0, sales: 0 },
  retained: { count: 0, sales: 0, previousSales: 0 },
  reactivated: { count: 0, sales: 0 },
  lost: { count: 0, previousSales: 0 },
  bridge: { previous: 0, new: 0, reactivated: 0, expansion: 0, contraction: 0, lost: 0, current: 0 },
})

/**
 * Adds one customer, or customers alike, to a running tally (mutates it: a year of 100,000
 * customers is one pass).
 */
export function addToGainLoss(tally: GainLoss, c: CustomerPeriods | CustomersAlike): GainLoss {
  const group = gainLossGroup(c)
  const b = tally.bridge
  if (group === null) return tally
  const n = customersOf(c)
  // sales(Q) and sales(P) are the customers' own sums, not the groups': the bridge is checked
  // against them rather than made to hold by construction.
  b.previous += c.previousSales
  b.current += c.sales
  switch (group) {
    case 'new':
      tally.new.count += n
      tally.new.sales += c.sales
      b.new += c.sales
      break
    case 'reactivated':
      tally.reactivated.count += n
      tally.reactivated.sales += c.sales
      b.reactivated += c.sales
      break
    case 'retained':
      tally.retained.count += n
      tally.retained.sales += c.sales
      tally.retained.previousSales += c.previousSales
      if ('rise' in c) {
        b.expansion += c.rise
        b.contraction += c.fall
      } else if (c.sales > c.previousSales) b.expansion += c.sales - c.previousSales
      else b.contraction += c.previousSales - c.sales
      break
    case 'lost':
      tally.lost.count += n
      tally.lost.previousSales += c.previousSales
      b.lost += c.previousSales
      break
  }
  return tally
}

export const gainLoss = (customers: Iterable<CustomerPeriods | CustomersAlike>): GainLoss => {
  const tally = emptyGainLoss()
  for (const c of customers) addToGainLoss(tally, c)
  return tally
}

/** The same tally per group of customers (rep, tier, region), keys in first-met order. */
export function gainLossBy<T extends CustomerPeriods | CustomersAlike>(
  customers: Iterable<T>,
  keyOf: (c: T) => string,
): Map<string, GainLoss> {
  const groups = new Map<string, GainLoss>()
  for (const c of customers) {
    const key = keyOf(c)
    let tally = groups.get(key)
    if (!tally) groups.set(key, (tally = emptyGainLoss()))
    addToGainLoss(tally, c)
  }
  return groups
}
