import type { Tier } from './tier'

export type Classified = { id: string; value: number; rank: number; tier: Tier }

/**
 * ABC classification exactly as DOMAIN.md defines it: customers ordered by their metric
 * (descending; ties by id ascending); with `before` the sum of the metric of those ranked before
 * and `total` the sum over all, A if `before < a × total`, else B if `before < b × total`, else C
 * — so the customer that crosses the threshold is still in the higher tier. A customer whose
 * metric is 0, and every customer when the total is 0, is C. Integer money: exact sums; the
 * comparison `before < share × total` is made as `before × 10⁶ < round(share × 10⁶) × total` in
 * BigInt so no floating-point rounding moves a customer across a line.
 */
export function classifyAbc(
  customers: readonly { id: string; value: number }[],
  shares: { a: number; b: number },
): { total: number; customers: Classified[]; counts: Record<Tier, number> } {
  const ranked = [...customers].sort((x, y) => y.value - x.value || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
  const total = ranked.reduce((sum, c) => sum + c.value, 0)
  const scale = 1_000_000n
  const a = BigInt(Math.round(shares.a * 1_000_000))
  const b = BigInt(Math.round(shares.b * 1_000_000))
  const bigTotal = BigInt(total)
  const counts: Record<Tier, number> = { A: 0, B: 0, C: 0 }
  let before = 0n
  const classified = ranked.map((c, i): Classified => {
    const scaled = before * scale
    const tier: Tier =
      c.value <= 0 || total <= 0 ? 'C' : scaled < a * bigTotal ? 'A' : scaled < b * bigTotal ? 'B' : 'C'
    before += BigInt(c.value)
    counts[tier] += 1
    return { id: c.id, value: c.value, rank: i + 1, tier }
  })
  return { total, customers: classified, counts }
}
