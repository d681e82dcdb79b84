import type { Tier } from '../follow-ups/tier'

export type ParetoBar = {
  firstRank: number
  lastRank: number
  customers: number
  /** The customer's name when the bar is one customer. */
  name: string | null
  value: number
  cumulativeShare: number
  tier: Tier
}

const better = (a: Tier, b: Tier): Tier => (a < b ? a : b)

/**
 * At most `max` bars of a Pareto chart (a slide holds a few dozen legibly): consecutive ranks
 * merged into equal runs, each with the sum of its values, the cumulative share at its last rank
 * and the best tier among them — so the curve and the A/B/C bands keep their shape.
 */
export function coarsenPareto(points: readonly ParetoBar[], max: number): ParetoBar[] {
  if (points.length <= max) return [...points]
  const size = Math.ceil(points.length / max)
  const bars: ParetoBar[] = []
  for (let i = 0; i < points.length; i += size) {
    const run = points.slice(i, i + size)
    const first = run[0] as ParetoBar
    const last = run[run.length - 1] as ParetoBar
    const customers = run.reduce((n, p) => n + p.customers, 0)
    bars.push({
      firstRank: first.firstRank,
      lastRank: last.lastRank,
      customers,
      name: customers === 1 ? first.name : null,
      value: run.reduce((n, p) => n + p.value, 0),
      cumulativeShare: last.cumulativeShare,
      tier: run.reduce<Tier>((t, p) => better(t, p.tier), 'C'),
    })
  }
  return bars
}
