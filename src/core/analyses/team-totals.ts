import { expenseRatio } from './change'

/**
 * A rep's figures of a period as counts and sums (DOMAIN.md "Analyses", Team): everything that
 * adds up across a team. The rates are derived from them, for a rep and for the team alike, so a
 * team's rate is its reps' parts over their wholes — never an average of the reps' rates.
 */
export type TeamSums = {
  /** Confirmed live orders owned by the rep, dated in the period: their count and total. */
  orders: number
  sales: number
  /** Collections credited to the rep (the order's rep, else the customer's owner), dated in the period. */
  collections: number
  /** Confirmed orders − collections credited to the rep up to the period's last day. */
  receivable: number
  /** Customers whose first confirmed order ever is dated in the period, credited to that order's owner. */
  newCustomers: number
  /** Coverage Σr and Σmin(d, r) over the customers the rep owns (core/follow-ups/coverage.ts). */
  customers: number
  coverageRequired: number
  coverageCounted: number
  /** Visit objectives of the visits that are over; achieved: `yes` only (core/visits/visit-metrics.ts). */
  objectivesPlanned: number
  objectivesAchieved: number
  /** Callback audits of records dated in the period: confirmed, and reached (confirmed + discrepancy). */
  auditsConfirmed: number
  auditsReached: number
  /** Approved expenses of the rep dated in the period. */
  expenses: number
  /** The commission statement's total; null where the reader may not see pay. */
  commission: number | null
}

export type TeamRates = {
  coverage: number | null
  achievedRate: number | null
  confirmationRate: number | null
  expenseRatio: number | null
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole)

/** The rates of a row or of the team: each null when its whole is 0 (nothing to measure). */
export const teamRates = (s: TeamSums): TeamRates => ({
  coverage: ratio(s.coverageCounted, s.coverageRequired),
  achievedRate: ratio(s.objectivesAchieved, s.objectivesPlanned),
  confirmationRate: ratio(s.auditsConfirmed, s.auditsReached),
  expenseRatio: expenseRatio(s.expenses, s.sales),
})

export const NO_SUMS: TeamSums = {
  orders: 0,
  sales: 0,
  collections: 0,
  receivable: 0,
  newCustomers: 0,
  customers: 0,
  coverageRequired: 0,
  coverageCounted: 0,
  objectivesPlanned: 0,
  objectivesAchieved: 0,
  auditsConfirmed: 0,
  auditsReached: 0,
  expenses: 0,
  commission: 0,
}

/** The figures that are plain sums (all but commission, which may be unknown). */
const SUMMED = [
  'orders',
  'sales',
  'collections',
  'receivable',
  'newCustomers',
  'customers',
  'coverageRequired',
  'coverageCounted',
  'objectivesPlanned',
  'objectivesAchieved',
  'auditsConfirmed',
  'auditsReached',
  'expenses',
] as const satisfies readonly Exclude<keyof TeamSums, 'commission'>[]

/**
 * The team's sums: each figure summed over the rows. Commission is unknown (null) for the team as
 * soon as it is unknown for one rep — a total that silently left someone out would mislead.
 */
export function sumTeam(rows: readonly TeamSums[]): TeamSums {
  const total = { ...NO_SUMS }
  for (const row of rows) {
    for (const key of SUMMED) total[key] += row[key]
    total.commission =
      total.commission === null || row.commission === null ? null : total.commission + row.commission
  }
  return total
}
