import {
  approveExpenseById,
  createBudget,
  createExpense,
  getExpense,
  listBudgets,
  listExpenses,
  rejectExpense,
  submitExpense,
  updateExpense,
} from '../../app/expenses'
import { IdParamsSchema } from '../../contracts/common'
import {
  BudgetListSchema,
  BudgetQuerySchema,
  BudgetSchema,
  CreateBudgetSchema,
  CreateExpenseSchema,
  ExpenseListQuerySchema,
  ExpenseListSchema,
  ExpenseSchema,
  RejectExpenseSchema,
  SubmittedExpenseSchema,
  UpdateExpenseSchema,
} from '../../contracts/expenses'
import { etag, ifMatchVersion } from '../if-match'
import type { RequestContextFactory } from '../request-context'
import { ERROR_RESPONSES } from '../error-responses'
import type { ZodApp } from '../zod-app'

const errors = ERROR_RESPONSES
const tags = ['expenses']

/** Expenses (費用): draft → submitted → approved | rejected, and budgets (費用承包). */
export function expenseRoutes(app: ZodApp, ctxOf: RequestContextFactory) {
  app.get(
    '/api/v1/expenses',
    {
      schema: {
        tags,
        summary: 'Expenses the caller may see, newest first',
        querystring: ExpenseListQuerySchema,
        response: { 200: ExpenseListSchema, ...errors },
      },
    },
    async (request) => listExpenses(ctxOf(request), request.query),
  )
  app.post(
    '/api/v1/expenses',
    {
      schema: {
        tags,
        summary: 'Record an expense as a draft',
        body: CreateExpenseSchema,
        response: { 201: ExpenseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const expense = await createExpense(ctxOf(request), request.body)
      return reply.status(201).header('etag', etag(expense.version)).send(expense)
    },
  )
  app.get(
    '/api/v1/expenses/:id',
    {
      schema: {
        tags,
        summary: 'One expense with its approval trail',
        params: IdParamsSchema,
        response: { 200: ExpenseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const expense = await getExpense(ctxOf(request), request.params.id)
      return reply.header('etag', etag(expense.version)).send(expense)
    },
  )
  app.patch(
    '/api/v1/expenses/:id',
    {
      schema: {
        tags,
        summary: 'Change a draft (If-Match)',
        params: IdParamsSchema,
        body: UpdateExpenseSchema,
        response: { 200: ExpenseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const expense = await updateExpense(
        ctxOf(request),
        request.params.id,
        ifMatchVersion(request),
        request.body,
      )
      return reply.header('etag', etag(expense.version)).send(expense)
    },
  )
  app.post(
    '/api/v1/expenses/:id/submit',
    {
      schema: {
        tags,
        summary: 'Submit a draft for approval; warns when it takes the rep over budget (If-Match)',
        params: IdParamsSchema,
        response: { 200: SubmittedExpenseSchema, ...errors },
      },
    },
    async (request) => submitExpense(ctxOf(request), request.params.id, ifMatchVersion(request)),
  )
  app.post(
    '/api/v1/expenses/:id/approve',
    {
      schema: {
        tags,
        summary: "Approve: the rep's manager, then above the limit an admin (If-Match)",
        params: IdParamsSchema,
        response: { 200: ExpenseSchema, ...errors },
      },
    },
    async (request) => approveExpenseById(ctxOf(request), request.params.id, ifMatchVersion(request)),
  )
  app.post(
    '/api/v1/expenses/:id/reject',
    {
      schema: {
        tags,
        summary: 'Reject with a reason (If-Match)',
        params: IdParamsSchema,
        body: RejectExpenseSchema,
        response: { 200: ExpenseSchema, ...errors },
      },
    },
    async (request) =>
      rejectExpense(ctxOf(request), request.params.id, ifMatchVersion(request), request.body.reason),
  )
  app.get(
    '/api/v1/expense-budgets',
    {
      schema: {
        tags,
        summary: 'Budgets with limit, spent and remaining',
        querystring: BudgetQuerySchema,
        response: { 200: BudgetListSchema, ...errors },
      },
    },
    async (request) => listBudgets(ctxOf(request), request.query),
  )
  app.post(
    '/api/v1/expense-budgets',
    {
      schema: {
        tags,
        summary: 'Set a budget for a rep and period: an amount or a share of collections',
        body: CreateBudgetSchema,
        response: { 201: BudgetSchema, ...errors },
      },
    },
    async (request, reply) => reply.status(201).send(await createBudget(ctxOf(request), request.body)),
  )
}
