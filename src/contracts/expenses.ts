import { z } from 'zod'
import { EXPENSE_CATEGORIES, EXPENSE_STATUSES } from '../core/expenses/expense-flow'
import { IdSchema, InstantSchema, LocalDateSchema, optionalText, requiredText } from './common'
import { MONEY_LIMIT_MINOR } from '../core/money/money-limit'

const PositiveMoney = z
  .number()
  .int()
  .max(MONEY_LIMIT_MINOR)
  .refine((v) => v > 0, { error: 'field.positive' })
  .meta({ description: 'Minor units (cents).' })

export const CreateExpenseSchema = z.strictObject({
  repId: IdSchema.optional().meta({ description: 'Default: the caller.' }),
  customerId: IdSchema.nullish().transform((v) => v ?? null),
  expenseDate: LocalDateSchema,
  category: z.enum(EXPENSE_CATEGORIES),
  amount: PositiveMoney,
  note: optionalText(2000),
  externalId: optionalText(100),
})
export type CreateExpense = z.infer<typeof CreateExpenseSchema>

export const UpdateExpenseSchema = z.strictObject({
  customerId: IdSchema.nullable().optional(),
  expenseDate: LocalDateSchema.optional(),
  category: z.enum(EXPENSE_CATEGORIES).optional(),
  amount: PositiveMoney.optional(),
  note: optionalText(2000).optional(),
})
export type UpdateExpense = z.infer<typeof UpdateExpenseSchema>

export const RejectExpenseSchema = z.strictObject({ reason: requiredText(500) })

export const ExpenseSchema = z
  .object({
    id: IdSchema,
    repId: IdSchema,
    repName: z.string(),
    customerId: IdSchema.nullable(),
    customerName: z.string().nullable(),
    expenseDate: z.string(),
    category: z.enum(EXPENSE_CATEGORIES),
    amount: z.number().int(),
    note: z.string().nullable(),
    status: z.enum(EXPENSE_STATUSES),
    submittedAt: InstantSchema.nullable(),
    managerApprovedBy: IdSchema.nullable(),
    decidedBy: IdSchema.nullable(),
    decidedAt: InstantSchema.nullable(),
    rejectReason: z.string().nullable(),
    version: z.number().int(),
    createdAt: InstantSchema,
  })
  .meta({ id: 'Expense' })
export type Expense = z.infer<typeof ExpenseSchema>

/** A submission answers with the expense and, in the reader's language, any budget warning. */
export const SubmittedExpenseSchema = z.object({ expense: ExpenseSchema, warnings: z.array(z.string()) })

export const ExpenseListQuerySchema = z.strictObject({
  rep: IdSchema.optional(),
  status: z.enum(EXPENSE_STATUSES).optional(),
  from: LocalDateSchema.optional(),
  to: LocalDateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
})
export type ExpenseListQuery = z.infer<typeof ExpenseListQuerySchema>
export const ExpenseListSchema = z.object({
  items: z.array(ExpenseSchema),
  nextCursor: z.string().nullable(),
})

export const CreateBudgetSchema = z
  .strictObject({
    repId: IdSchema,
    periodFrom: LocalDateSchema,
    periodTo: LocalDateSchema,
    amount: PositiveMoney.optional(),
    shareBp: z
      .number()
      .int()
      .min(1)
      .max(10_000)
      .optional()
      .meta({ description: 'Share of collections in basis points (500 = 5 %).' }),
  })
  .refine((b) => (b.amount === undefined) !== (b.shareBp === undefined), {
    path: ['amount'],
    error: 'field.amount_or_share',
  })
  .refine((b) => b.periodFrom <= b.periodTo, { path: ['periodTo'], error: 'field.period_order' })
export type CreateBudget = z.infer<typeof CreateBudgetSchema>

export const BudgetSchema = z
  .object({
    id: IdSchema,
    repId: IdSchema,
    repName: z.string(),
    periodFrom: z.string(),
    periodTo: z.string(),
    amount: z.number().int().nullable(),
    shareBp: z.number().int().nullable(),
    collected: z.number().int(),
    limit: z.number().int(),
    spent: z.number().int(),
    remaining: z.number().int(),
    over: z.boolean(),
  })
  .meta({ id: 'ExpenseBudget' })
export type BudgetView = z.infer<typeof BudgetSchema>
export const BudgetListSchema = z.object({ items: z.array(BudgetSchema) })
export const BudgetQuerySchema = z.strictObject({ rep: IdSchema.optional() })
