import type { Tier } from './tier'

export type TierChange = 'promoted' | 'demoted'

/**
 * A promotion moves a customer up (C→B, B→A, C→A), a demotion down. The letters sort the other way
 * round (A < B < C), which the SQL of the run history relies on too: `tier < previous_tier` is a
 * promotion.
 */
export function tierChange(previous: Tier | null, current: Tier): TierChange | null {
  if (!previous || previous === current) return null
  return current < previous ? 'promoted' : 'demoted'
}
