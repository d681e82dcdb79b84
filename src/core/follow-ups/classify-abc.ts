import { rankOrder } from './rank-order'
import type { Tier } from './tier'

/**
 * A run's result as two lists in rank order: `order[r]` is the place in the input of the customer
 * ranked r + 1, `tiers[r]` its tier. Lists, not an object per customer: at 100,000 customers those
 * objects, kept alive through the run, cost more in garbage collection than the rule itself.
 */
export type AbcResult = { total: number; order: number[]; tiers: Tier[]; counts: Record<Tier, number> }

/** The least integer not below `q / d` (d > 0), whatever the sign of `q`. */
const ceilDiv = (q: bigint, d: bigint) => (q > 0n ? (q + d - 1n) / d : q / d)

/**
 * ABC classification exactly as DOMAIN.md defines it: customers ordered by their metric
 * (descending; ties by id ascending: `rankOrder`); with `before` the sum of the metric of those
 * ranked before and `total` the sum over all, A if `before < a × total`, else B if
 * `before < b × total`, else C — so the customer that crosses the threshold is still in the higher
 * tier. A customer whose metric is 0, and every customer when the total is 0, is C. Integer money:
 * exact sums; the line `before < share × total` is `before × 10⁶ < round(share × 10⁶) × total`, and
 * for an integer `before` that is `before < ⌈round(share × 10⁶) × total / 10⁶⌉` — computed once in
 * BigInt, so no floating-point rounding moves a customer across a line and no customer costs a
 * BigInt.
 */
export function classifyAbc(
  customers: readonly { id: string; value: number }[],
  shares: { a: number; b: number },
): AbcResult {
  const order = rankOrder(customers)
  let total = 0
  for (const c of customers) total += c.value
  const scale = 1_000_000n
  const bigTotal = BigInt(total)
  const lineA = Number(ceilDiv(BigInt(Math.round(shares.a * 1_000_000)) * bigTotal, scale))
  const lineB = Number(ceilDiv(BigInt(Math.round(shares.b * 1_000_000)) * bigTotal, scale))
  // The values read once in input order: in rank order they are then looked up in a compact array,
  // not in objects scattered over the heap.
  const values = new Float64Array(customers.length)
  for (let i = 0; i < customers.length; i++) values[i] = (customers[i] as { value: number }).value
  const counts: Record<Tier, number> = { A: 0, B: 0, C: 0 }
  const tiers = new Array<Tier>(order.length)
  let before = 0
  for (let r = 0; r < order.length; r++) {
    const value = values[order[r] as number] as number
    const tier: Tier = value <= 0 || total <= 0 ? 'C' : before < lineA ? 'A' : before < lineB ? 'B' : 'C'
    before += value
    counts[tier] += 1
    tiers[r] = tier
  }
  return { total, order, tiers, counts }
}
