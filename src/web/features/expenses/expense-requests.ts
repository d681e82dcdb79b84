import type { z } from 'zod'
import type {
  BudgetView,
  CreateBudgetSchema,
  CreateExpenseSchema,
  Expense,
  UpdateExpenseSchema,
} from '../../../contracts/expenses'
import { http, ifMatch } from '../../lib/http'
import { queryString } from '../../lib/query-string'
import type { ExpenseFilter } from './expense-search'

export type CreateExpenseBody = z.input<typeof CreateExpenseSchema>
export type UpdateExpenseBody = z.input<typeof UpdateExpenseSchema>
export type CreateBudgetBody = z.input<typeof CreateBudgetSchema>
export type ExpensePage = { items: Expense[]; nextCursor: string | null }
export type SubmittedExpense = { expense: Expense; warnings: string[] }

export const EXPENSE_PAGE_SIZE = 50

const one = (id: string) => `/expenses/${encodeURIComponent(id)}`

export const fetchExpensePage = (filter: ExpenseFilter, cursor: string | undefined) =>
  http<ExpensePage>('GET', `/expenses${queryString({ ...filter, limit: EXPENSE_PAGE_SIZE, cursor })}`)

export const fetchExpense = (id: string) => http<Expense>('GET', one(id))

export const createExpense = (body: CreateExpenseBody) => http<Expense>('POST', '/expenses', { body })

export const updateExpense = (id: string, version: number, body: UpdateExpenseBody) =>
  http<Expense>('PATCH', one(id), { body, headers: ifMatch(version) })

export const submitExpense = (id: string, version: number) =>
  http<SubmittedExpense>('POST', `${one(id)}/submit`, { headers: ifMatch(version) })

export const approveExpense = (id: string, version: number) =>
  http<Expense>('POST', `${one(id)}/approve`, { headers: ifMatch(version) })

export const rejectExpense = (id: string, version: number, reason: string) =>
  http<Expense>('POST', `${one(id)}/reject`, { body: { reason }, headers: ifMatch(version) })

export const fetchBudgets = (rep: string | undefined) =>
  http<{ items: BudgetView[] }>('GET', `/expense-budgets${queryString({ rep })}`)

export const createBudget = (body: CreateBudgetBody) => http<BudgetView>('POST', '/expense-budgets', { body })
