import { daysBetween, type LocalDate } from '../dates/local-date'
import { TIERS, type Tier } from './tier'

export type CoverageLine = { required: number; done: number; counted: number; coverage: number | null }
export type Coverage = CoverageLine & { byTier: Record<Tier, CoverageLine> }

/**
 * Coverage over a period (DOMAIN.md): each customer owned needs
 * `r = max(1, floor(days_in_period / interval(tier)))` touches; with `d` done, coverage is
 * `Σ min(d, r) / Σ r` — in total and per tier. Null when nothing was required (no customers).
 * Days in the period count both ends.
 */
export function coverage(
  customers: readonly { tier: Tier; touches: number }[],
  period: { from: LocalDate; to: LocalDate },
  intervals: Record<Tier, number>,
): Coverage {
  const days = daysBetween(period.from, period.to) + 1
  const line = (): CoverageLine => ({ required: 0, done: 0, counted: 0, coverage: null })
  const total = line()
  const byTier = { A: line(), B: line(), C: line() }
  // Two lines per customer, added to by hand: an array of the two made per customer was most of
  // the team table's time in here (100,000 customers).
  const add = (l: CoverageLine, required: number, touches: number) => {
    l.required += required
    l.done += touches
    l.counted += Math.min(touches, required)
  }
  for (const c of customers) {
    const required = Math.max(1, Math.floor(days / intervals[c.tier]))
    add(total, required, c.touches)
    add(byTier[c.tier], required, c.touches)
  }
  for (const l of [total, ...TIERS.map((t) => byTier[t])])
    l.coverage = l.required ? l.counted / l.required : null
  return { ...total, byTier }
}
