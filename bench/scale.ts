/**
 * The sizes of the scale benchmark (issue 8). `large` is the size of a large sales organisation;
 * `medium` is one tenth of every table with the same organisation (200 reps in 20 teams): per-rep
 * figures (commission, team table, half-month workbook) then grow with the data alone, so the
 * large/medium ratio of a figure shows how it grows with the data (×10), not with the head count.
 */
export type LedgerSize = {
  reps: number
  /** Sales managers, each over reps / managers reps (a team). */
  managers: number
  customers: number
  orders: number
  collections: number
  followUps: number
  visits: number
  expenses: number
}

export type ScaleName = 'large' | 'medium'

export const SCALES: Record<ScaleName, LedgerSize> = {
  large: {
    reps: 200,
    managers: 20,
    customers: 100_000,
    orders: 1_000_000,
    collections: 1_000_000,
    followUps: 2_000_000,
    visits: 200_000,
    expenses: 50_000,
  },
  medium: {
    reps: 200,
    managers: 20,
    customers: 10_000,
    orders: 100_000,
    collections: 100_000,
    followUps: 200_000,
    visits: 20_000,
    expenses: 5_000,
  },
}

/** Lines of the order sheet the scale bench imports into its database: a fifth of the orders' count. */
export const importLinesOf = (size: LedgerSize) => Math.max(1_000, Math.round(size.orders / 5))
