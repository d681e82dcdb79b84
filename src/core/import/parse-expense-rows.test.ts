import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { EXPENSE_CATEGORIES } from '../expenses/expense-flow'
import { en } from '../i18n/messages.en'
import { zhHans } from '../i18n/messages.zh-Hans'
import { zhHant } from '../i18n/messages.zh-Hant'
import { matchHeaders } from './header-synonyms'
import { parseExpenseRows } from './parse-expense-rows'

const sheet = (header: string[], ...rows: string[][]) => {
  const { columns } = matchHeaders('expenses', header)
  return parseExpenseRows(
    rows.map((cells, i) => ({ row: i + 2, cells })),
    columns,
    header,
  )
}

describe('expense headers', () => {
  it('recognises English, Traditional and Simplified headers', () => {
    const fields = ['externalId', 'date', 'category', 'amount', 'rep', 'customerName', 'note']
    for (const header of [
      ['Expense ID', 'Expense Date', 'Category', 'Amount', 'Sales Rep', 'Customer', 'Notes'],
      ['費用編號', '日期', '費用類別', '金額', '業務員', '客戶名稱', '備註'],
      ['费用编号', '费用日期', '类别', '金额', '业务员', '客户', '说明'],
    ]) {
      const { columns, unclaimed } = matchHeaders('expenses', header)
      expect(unclaimed).toEqual([])
      expect(Object.keys(columns).sort()).toEqual([...fields].sort())
    }
  })
})

describe('parseExpenseRows', () => {
  it('reads an expense per row', () => {
    const { expenses, errors, rounded } = sheet(
      ['費用編號', '日期', '類別', '金額', '業務員', '客戶編號', '客戶名稱', '備註'],
      ['E-1', '2017/1/3', '招待費', 'NT$3,200', '王家豪', 'C1', '鼎盛精密', '晚餐'],
      ['', '42738', 'travel', '99.995', '', '', '', ''],
    )
    expect(errors).toEqual([])
    expect(rounded).toBe(1)
    expect(expenses).toEqual([
      {
        externalId: 'E-1',
        date: '2017-01-03',
        category: 'entertainment',
        amountMinor: 320_000,
        rep: '王家豪',
        customerExternalId: 'C1',
        customerName: '鼎盛精密',
        note: '晚餐',
        row: 2,
      },
      {
        externalId: null,
        date: '2017-01-03',
        category: 'travel',
        amountMinor: 10_000,
        rep: null,
        customerExternalId: null,
        customerName: null,
        note: null,
        row: 3,
      },
    ])
  })
  it("reads each category by its id and by the catalogues' words in every language", () => {
    for (const category of EXPENSE_CATEGORIES) {
      const key = `expenseCategory.${category}` as const
      const texts = [category, en[key], zhHant[key], zhHans[key], `${zhHant[key]}費`, `${zhHans[key]}费用`]
      const { expenses, errors } = sheet(
        ['Date', 'Category', 'Amount'],
        ...texts.map((t) => ['2017-01-03', t, '1']),
      )
      expect(errors, category).toEqual([])
      expect(
        expenses.map((e) => e.category),
        category,
      ).toEqual(texts.map(() => category))
    }
  })
  it('reads the words sheets commonly use', () => {
    const { expenses } = sheet(
      ['Date', 'Category', 'Amount'],
      ['2017-01-03', '差旅費', '1'],
      ['2017-01-03', '交通费', '1'],
      ['2017-01-03', '應酬', '1'],
      ['2017-01-03', 'Marketing', '1'],
      ['2017-01-03', '樣品費', '1'],
    )
    expect(expenses.map((e) => e.category)).toEqual([
      'travel',
      'travel',
      'entertainment',
      'promotion',
      'sample',
    ])
  })
  it('names the row and column of every bad cell and leaves the row out', () => {
    const { expenses, errors } = sheet(
      ['Expense ID', 'Date', 'Category', 'Amount'],
      ['E1', 'soon', 'yacht', '1,23'],
      ['E2', '', '', ''],
      ['E3', '2017-01-03', 'gift', '-1'],
      ['E1', '2017-01-03', 'gift', '5'],
      ['E4', '2017-01-03', 'gift', '5'],
    )
    expect(errors).toEqual([
      { row: 2, column: 'Date', key: 'import.not_date', params: { value: 'soon' } },
      {
        row: 2,
        column: 'Category',
        key: 'field.invalid_value',
        params: {
          field: 'Category',
          options: 'promotion, gift, entertainment, travel, sample, personnel, other',
        },
      },
      { row: 2, column: 'Amount', key: 'import.not_amount', params: { value: '1,23' } },
      { row: 3, column: 'Date', key: 'field.required', params: { field: 'Date' } },
      { row: 3, column: 'Category', key: 'field.required', params: { field: 'Category' } },
      { row: 3, column: 'Amount', key: 'field.required', params: { field: 'Amount' } },
      { row: 4, column: 'Amount', key: 'field.positive', params: { field: 'Amount' } },
      { row: 5, column: 'Expense ID', key: 'import.duplicate_id', params: { value: 'E1', first: 2 } },
    ])
    expect(expenses.map((e) => e.externalId)).toEqual(['E4'])
  })
  it('refuses a file without the columns it needs', () => {
    expect(
      sheet(['Customer', 'Notes'], ['A', 'x'])
        .errors.map((e) => [e.row, e.column, e.key])
        .sort(),
    ).toEqual([
      [1, 'amount', 'import.missing_column'],
      [1, 'category', 'import.missing_column'],
      [1, 'date', 'import.missing_column'],
    ])
  })
  it('keeps every amount to the cent and counts exactly the rounded ones (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 0, max: 9 })), {
          minLength: 1,
          maxLength: 30,
        }),
        (amounts) => {
          // A third decimal d: the cents round up from 5, and only a non-zero d counts as rounded.
          const { expenses, rounded } = sheet(
            ['Date', 'Category', 'Amount'],
            ...amounts.map(([minor, d]) => [
              '2017-01-03',
              'other',
              `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}${d}`,
            ]),
          )
          return (
            rounded === amounts.filter(([, d]) => d > 0).length &&
            expenses.reduce((s, e) => s + e.amountMinor, 0) ===
              amounts.reduce((s, [minor, d]) => s + minor + (d >= 5 ? 1 : 0), 0)
          )
        },
      ),
    )
  })
})
