import dayjs, { type Dayjs } from 'dayjs'
import type { Expense } from '../../../contracts/expenses'
import type { ExpenseCategory } from '../../../core/expenses/expense-flow'
import { formatMoney } from '../../../core/money/format-money'
import type { Lang } from '../../../core/i18n/lang'
import { toLocalDate } from '../ledger/date-value'
import { toMinor } from '../ledger/money-rule'
import type { CreateExpenseBody, UpdateExpenseBody } from './expense-requests'
import { companyToday } from '../../lib/company-today'

/** The form's names are the API's, so a server field error lands under its input. */
export type ExpenseFormValues = {
  repId?: string
  expenseDate?: Dayjs
  category?: ExpenseCategory
  /** Typed as text ("1,234.50"); sent as cents. */
  amount?: string
  customerId?: string
  note?: string
}

export const EXPENSE_FORM_FIELDS = ['repId', 'expenseDate', 'category', 'amount', 'customerId', 'note']

export const emptyExpenseValues = (): ExpenseFormValues => ({ expenseDate: companyToday() })

export const toExpenseFormValues = (expense: Expense, lang: Lang): ExpenseFormValues => ({
  repId: expense.repId,
  expenseDate: dayjs(expense.expenseDate),
  category: expense.category,
  amount: formatMoney(expense.amount, lang),
  customerId: expense.customerId ?? undefined,
  note: expense.note ?? undefined,
})

/** The body for create and (without repId, which a draft keeps) for update. */
export function toExpenseBody(values: ExpenseFormValues): CreateExpenseBody {
  return {
    repId: values.repId || undefined,
    customerId: values.customerId ?? null,
    expenseDate: values.expenseDate ? toLocalDate(values.expenseDate) : '',
    category: values.category ?? 'other',
    // The form's rule has already refused text that is not an amount; 0 lets the server say so.
    amount: toMinor(values.amount) ?? 0,
    note: values.note?.trim() || undefined,
  }
}

/** A draft's changes: an emptied note is sent as null, because a missing key means "unchanged". */
export function toUpdateBody(values: ExpenseFormValues): UpdateExpenseBody {
  const { repId: _rep, ...body } = toExpenseBody(values)
  return { ...body, note: body.note ?? null }
}
