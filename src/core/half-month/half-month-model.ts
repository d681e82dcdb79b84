import { expenseRatio } from '../analyses/change'
import type { LocalDate } from '../dates/local-date'
import type { HalfMonth } from './half-month'

/**
 * One rep's line of the half-monthly data report (DOMAIN.md "Reports"): the figures the team table
 * shows for the same period, credited the same way (app/rep-figures.ts). Money in cents.
 */
export type HalfMonthFigures = {
  /** Confirmed live orders the rep owns dated in the half-month, and their total. */
  orders: number
  sales: number
  /** Collections credited to the rep (the order's rep, else the customer's owner). */
  collections: number
  /** Confirmed orders − collections credited to the rep up to the half-month's last day. */
  receivable: number
  /** Approved expenses of the rep dated in the half-month. */
  expenses: number
  /** Approved expenses ÷ sales; null when nothing was sold. */
  expenseRatio: number | null
  /** Customers whose first confirmed order ever is in the half-month, credited to that order's owner. */
  newCustomers: number
}

export type HalfMonthRow = HalfMonthFigures & { repId: string; repName: string }

/** The report as it is kept: the company's rows at generation, language-free (the reader's applies). */
export type HalfMonthModel = {
  period: HalfMonth
  from: LocalDate
  to: LocalDate
  organisation: string
  rows: HalfMonthRow[]
  total: HalfMonthFigures
}

const SUMMED = ['orders', 'sales', 'collections', 'receivable', 'expenses', 'newCustomers'] as const

/**
 * The totals row: each figure summed over the rows, and the expense ratio from those sums (the
 * team's expenses over its sales), never an average of the reps' ratios.
 */
export function halfMonthTotal(rows: readonly HalfMonthFigures[]): HalfMonthFigures {
  const total = { orders: 0, sales: 0, collections: 0, receivable: 0, expenses: 0, newCustomers: 0 }
  for (const row of rows) for (const key of SUMMED) total[key] += row[key]
  return { ...total, expenseRatio: expenseRatio(total.expenses, total.sales) }
}

/**
 * The model narrowed to some reps (a manager's tree, a rep themselves): their rows only, and the
 * totals of those rows — what that reader may see of the company's report.
 */
export function restrictModel(model: HalfMonthModel, repIds: ReadonlySet<string>): HalfMonthModel {
  const rows = model.rows.filter((r) => repIds.has(r.repId))
  return { ...model, rows, total: halfMonthTotal(rows) }
}
