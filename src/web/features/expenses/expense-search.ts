import { EXPENSE_STATUSES, type ExpenseStatus } from '../../../core/expenses/expense-flow'

/** The list filters the API takes (`GET /expenses?rep&status&from&to`). */
export type ExpenseFilter = { rep?: string; status?: ExpenseStatus; from?: string; to?: string }

const DATE = /^\d{4}-\d{2}-\d{2}$/
const text = (value: string | null) => value?.trim() || undefined
const date = (value: string | null) => (value && DATE.test(value) ? value : undefined)

/** Filters as they stand in the URL, so a search can be bookmarked and shared. */
export function readExpenseSearch(params: URLSearchParams): ExpenseFilter {
  return {
    rep: text(params.get('rep')),
    status: EXPENSE_STATUSES.find((s) => s === params.get('status')),
    from: date(params.get('from')),
    to: date(params.get('to')),
  }
}

export function writeExpenseSearch(filter: ExpenseFilter): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value)
  return params
}

export const hasExpenseFilter = (filter: ExpenseFilter) => Object.values(filter).some(Boolean)
