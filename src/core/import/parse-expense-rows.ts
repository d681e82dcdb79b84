import type { LocalDate } from '../dates/local-date'
import { EXPENSE_CATEGORIES, type ExpenseCategory } from '../expenses/expense-flow'
import type { HEADER_SYNONYMS } from './header-synonyms'
import type { RawRow, RowError } from './parse-order-rows'
import { missingColumns, rowReader } from './row-reader'

type Field = keyof (typeof HEADER_SYNONYMS)['expenses']
export type ImportedExpense = {
  externalId: string | null
  date: LocalDate
  category: ExpenseCategory
  amountMinor: number
  /** The rep as the sheet names them (email or name); the app resolves it. */
  rep: string | null
  customerExternalId: string | null
  customerName: string | null
  note: string | null
  row: number
}

/**
 * The words for each category (DOMAIN.md): the ids, the catalogues' labels in English, 繁體 and
 * 简体 (messages.*.ts), and what sheets commonly write. A trailing 費/费/費用/费用 ("差旅費") is
 * dropped before looking up.
 */
const CATEGORY_WORDS: Record<string, ExpenseCategory> = {
  ...Object.fromEntries(EXPENSE_CATEGORIES.map((c) => [c, c])),
  promotions: 'promotion',
  marketing: 'promotion',
  促銷: 'promotion',
  促销: 'promotion',
  推廣: 'promotion',
  推广: 'promotion',
  gifts: 'gift',
  禮品: 'gift',
  礼品: 'gift',
  送禮: 'gift',
  送礼: 'gift',
  hospitality: 'entertainment',
  招待: 'entertainment',
  交際: 'entertainment',
  交际: 'entertainment',
  應酬: 'entertainment',
  应酬: 'entertainment',
  差旅: 'travel',
  出差: 'travel',
  旅: 'travel',
  交通: 'travel',
  samples: 'sample',
  樣品: 'sample',
  样品: 'sample',
  樣本: 'sample',
  样本: 'sample',
  staff: 'personnel',
  人事: 'personnel',
  人員: 'personnel',
  人员: 'personnel',
  其他: 'other',
  其它: 'other',
  misc: 'other',
}
const categoryOf = (text: string): ExpenseCategory | undefined =>
  CATEGORY_WORDS[
    text
      .toLowerCase()
      .replace(/[\s_-]/g, '')
      .replace(/(費用|费用|費|费)$/, '')
  ]

/**
 * Rows of an expense sheet (費用) into expenses (DOMAIN.md "Orders, collections, expenses"): one
 * row is one expense on a date, in a category, for a positive amount, optionally of a rep and for a
 * customer. Amounts with more than two decimals are rounded half away from zero and counted (among
 * the expenses returned). Every bad cell is reported with its row and column and the row is left
 * out; a later row with an expense id met before is refused (the first stands,
 * as it does when the rows fall in different batches of a large file).
 */
export function parseExpenseRows(
  rows: Iterable<RawRow>,
  columns: Partial<Record<Field, number>>,
  header: readonly string[],
): { expenses: ImportedExpense[]; errors: RowError[]; rounded: number } {
  const expenses: (ImportedExpense & { rounded: boolean })[] = []
  const errors: RowError[] = []
  const missing = missingColumns<Field>(['date', 'category', 'amount'], columns)
  if (missing.length) return { expenses: [], errors: missing, rounded: 0 }

  const { at, cell, fail, columnOf, uniqueId, requiredDate, positiveAmount } = rowReader(
    columns,
    header,
    errors,
  )
  for (const raw of rows) {
    const row = at(raw)
    const before = errors.length
    const externalId = uniqueId('externalId')
    const date = requiredDate('date')
    const categoryText = cell('category')
    const category = categoryText ? categoryOf(categoryText) : undefined
    if (!categoryText) fail('category', 'field.required', { field: columnOf('category') })
    else if (!category)
      fail('category', 'field.invalid_value', {
        field: columnOf('category'),
        options: EXPENSE_CATEGORIES.join(', '),
      })
    // An expense is money spent: zero or less is a mistake (CreateExpenseSchema's PositiveMoney).
    const parsed = positiveAmount('amount')
    if (errors.length > before || !date || !category || !parsed) continue
    expenses.push({
      externalId,
      date,
      category,
      amountMinor: parsed.minor,
      rep: cell('rep') || null,
      customerExternalId: cell('customerExternalId') || null,
      customerName: cell('customerName') || null,
      note: cell('note') || null,
      row,
      rounded: parsed.rounded,
    })
  }
  return {
    expenses: expenses.map(({ rounded: _, ...e }) => e),
    errors,
    rounded: expenses.filter((e) => e.rounded).length,
  }
}
