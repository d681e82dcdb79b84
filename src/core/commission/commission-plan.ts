/**
 * A commission plan (提成, DOMAIN.md "Commission"): brackets on a rep's collections (回款) in the
 * period, applied `progressive` (each bracket's rate to the slice of collections inside it) or
 * `whole` (the rate of the bracket the collections reach, to all of them); plus a bonus for each
 * new customer, optionally only when that customer's first order is at least a minimum amount.
 */
export const COMMISSION_MODES = ['progressive', 'whole'] as const
export type CommissionMode = (typeof COMMISSION_MODES)[number]

/**
 * One bracket `[from, to)` of collections in minor units (cents); `to` null is
 * open-ended (only the last may be). Rates are exact integers in basis points: 1 % = 100 bp, so
 * 3.25 % is 325 — never a float.
 */
export type Bracket = { from: number; to: number | null; rateBp: number }

export type PlanRules = {
  mode: CommissionMode
  brackets: readonly Bracket[]
  /** Paid for each new customer credited to the rep; 0 = no bonus. */
  newCustomerBonusMinor: number
  /** The first order must be at least this amount for the bonus; null = any amount. */
  bonusMinOrderMinor: number | null
}

/** The highest rate a plan may state: 100 %. */
export const MAX_RATE_BP = 10_000
