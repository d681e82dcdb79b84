import type { LocalDate } from '../dates/local-date'

export const TIERS = ['A', 'B', 'C'] as const
export type Tier = (typeof TIERS)[number]

export const isTier = (value: unknown): value is Tier => value === 'A' || value === 'B' || value === 'C'

/**
 * The tier that counts (DOMAIN.md): a manual override wins over the computed tier until its last
 * day (inclusive) has passed; without an expiry it stands until removed.
 */
export function effectiveTier(
  computed: Tier,
  override: { tier: Tier | null; until: LocalDate | null },
  today: LocalDate,
): Tier {
  if (!override.tier) return computed
  if (override.until && override.until < today) return computed
  return override.tier
}
