import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { matchHeaders } from './header-synonyms'
import { parseCollectionRows } from './parse-collection-rows'

const sheet = (header: string[], ...rows: string[][]) => {
  const { columns } = matchHeaders('collections', header)
  return parseCollectionRows(
    rows.map((cells, i) => ({ row: i + 2, cells })),
    columns,
    header,
  )
}

/** Cents written as a sheet might: "NT$1,234.50", "1234.5", "¥ 12". */
const written = (minor: number, style: number) => {
  const whole = Math.floor(minor / 100)
  const cents = String(minor % 100).padStart(2, '0')
  const grouped = whole.toLocaleString('en-US')
  return [`${whole}.${cents}`, `NT$${grouped}.${cents}`, `¥ ${whole}.${cents}`, `${grouped}.${cents}元`][
    style
  ] as string
}

describe('collection headers', () => {
  it('recognises English, Traditional and Simplified headers', () => {
    const fields = ['externalId', 'customerName', 'orderNumber', 'date', 'amount', 'method', 'rep', 'note']
    for (const header of [
      [
        'Receipt No',
        'Customer',
        'Order ID',
        'Collection Date',
        'Amount',
        'Payment Method',
        'Sales Rep',
        'Notes',
      ],
      ['回款編號', '客戶名稱', '訂單編號', '回款日期', '金額', '收款方式', '業務員', '備註'],
      ['回款编号', '客户名称', '订单编号', '收款日期', '金额', '回款方式', '业务员', '备注'],
    ]) {
      const { columns, unclaimed } = matchHeaders('collections', header)
      expect(unclaimed).toEqual([])
      expect(Object.keys(columns).sort()).toEqual([...fields].sort())
    }
    expect(matchHeaders('collections', ['Customer ID', 'Date']).columns).toEqual({
      customerExternalId: 0,
      date: 1,
    })
  })
})

describe('parseCollectionRows', () => {
  it('reads a collection per row', () => {
    const { collections, errors, rounded } = sheet(
      ['回款編號', '客戶編號', '客戶名稱', '訂單編號', '回款日期', '金額', '方式', '業務員', '備註'],
      ['R-1', 'C1', '鼎盛精密', 'SO-1', '2017年1月3日', 'NT$1,250.50', '匯款', 'rep1@x.tw', '第一期'],
      ['', '', '宏遠貿易', '', '42738', '100.005', '', '', ''],
    )
    expect(errors).toEqual([])
    expect(rounded).toBe(1)
    expect(collections).toEqual([
      {
        externalId: 'R-1',
        customerExternalId: 'C1',
        customerName: '鼎盛精密',
        orderNumber: 'SO-1',
        date: '2017-01-03',
        amountMinor: 125_050,
        method: 'transfer',
        rep: 'rep1@x.tw',
        note: '第一期',
        row: 2,
      },
      {
        externalId: null,
        customerExternalId: null,
        customerName: '宏遠貿易',
        orderNumber: null,
        date: '2017-01-03',
        amountMinor: 10_001,
        method: 'transfer',
        rep: null,
        note: null,
        row: 3,
      },
    ])
  })
  it('reads the method words of each language; blank is a bank transfer', () => {
    const words = {
      transfer: ['', 'transfer', 'Bank Transfer', 'wire', '轉帳', '转账', '匯款', '汇款', '銀行轉帳'],
      cash: ['Cash', '現金', '现金'],
      check: ['check', 'Cheque', '支票'],
      card: ['card', 'Credit Card', '刷卡', '信用卡'],
      other: ['other', '其他', '其它'],
    }
    for (const [method, texts] of Object.entries(words)) {
      const { collections, errors } = sheet(
        ['Customer', 'Date', 'Amount', 'Method'],
        ...texts.map((t) => ['X', '2017-01-03', '1', t]),
      )
      expect(errors).toEqual([])
      expect(collections.map((c) => c.method)).toEqual(texts.map(() => method))
    }
  })
  it('names the row and column of every bad cell and leaves the row out', () => {
    const { collections, errors } = sheet(
      ['Customer', 'Date', 'Amount', 'Method'],
      ['X', '2017-02-29', 'ten', 'bitcoin'],
      ['', '', '', ''],
      ['Y', '2017-03-01', '-5', ''],
      ['Y', '2017-03-01', '0.00', ''],
      ['Z', '2017-03-01', '(300.00)', ''],
      ['W', '2017-03-01', '5', ''],
    )
    expect(errors).toEqual([
      { row: 2, column: 'Date', key: 'import.not_date', params: { value: '2017-02-29' } },
      { row: 2, column: 'Amount', key: 'import.not_amount', params: { value: 'ten' } },
      {
        row: 2,
        column: 'Method',
        key: 'field.invalid_value',
        params: { field: 'Method', options: 'transfer, cash, check, card, other' },
      },
      { row: 3, column: 'Customer', key: 'field.required', params: { field: 'customer' } },
      { row: 3, column: 'Date', key: 'field.required', params: { field: 'Date' } },
      { row: 3, column: 'Amount', key: 'field.required', params: { field: 'Amount' } },
      { row: 4, column: 'Amount', key: 'field.positive', params: { field: 'Amount' } },
      { row: 5, column: 'Amount', key: 'field.positive', params: { field: 'Amount' } },
      { row: 6, column: 'Amount', key: 'field.positive', params: { field: 'Amount' } },
    ])
    expect(collections.map((c) => c.row)).toEqual([7])
  })
  it('refuses a later row with a collection id met before; the first stands', () => {
    const { collections, errors } = sheet(
      ['Receipt No', 'Customer', 'Date', 'Amount'],
      ['R1', 'X', '2017-01-03', '10'],
      ['R2', 'X', '2017-01-03', '10'],
      ['R1', 'X', '2017-01-04', '20.001'],
    )
    expect(errors).toEqual([
      { row: 4, column: 'Receipt No', key: 'import.duplicate_id', params: { value: 'R1', first: 2 } },
    ])
    expect(collections.map((c) => c.externalId)).toEqual(['R1', 'R2'])
  })
  it('counts only the rounded amounts it returns', () => {
    expect(
      sheet(['Customer', 'Date', 'Amount'], ['X', '2017-01-03', '1.005'], ['X', 'never', '1.005']).rounded,
    ).toBe(1)
  })
  it('refuses a file without the columns it needs', () => {
    expect(
      sheet(['Receipt No', 'Notes'], ['A', 'x'])
        .errors.map((e) => [e.row, e.column, e.key])
        .sort(),
    ).toEqual([
      [1, 'amount', 'import.missing_column'],
      [1, 'customerName', 'import.missing_column'],
      [1, 'date', 'import.missing_column'],
    ])
  })
  it('sums collections to the cent, however the amounts are written (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 10_000_000_000 }), fc.integer({ min: 0, max: 3 })), {
          minLength: 1,
          maxLength: 50,
        }),
        (amounts) => {
          const { collections, errors, rounded } = sheet(
            ['Customer', 'Date', 'Amount'],
            ...amounts.map(([minor, style]) => ['X', '2017-01-03', written(minor, style)]),
          )
          const sum = collections.reduce((s, c) => s + c.amountMinor, 0)
          return (
            errors.length === 0 &&
            rounded === 0 &&
            collections.length === amounts.length &&
            sum === amounts.reduce((s, [minor]) => s + minor, 0)
          )
        },
      ),
    )
  })
})
