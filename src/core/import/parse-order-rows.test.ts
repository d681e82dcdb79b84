import { describe, expect, it } from 'vitest'
import { matchHeaders } from './header-synonyms'
import { parseOrderRows } from './parse-order-rows'

const sheet = (header: string[], ...rows: string[][]) => {
  const { columns } = matchHeaders('orders', header)
  return parseOrderRows(
    rows.map((cells, i) => ({ row: i + 2, cells })),
    columns,
    header,
  )
}

describe('parseOrderRows', () => {
  it('makes one order of the rows that share a number, with a line each', () => {
    const { orders, errors, rounded } = sheet(
      ['訂單編號', '客戶名稱', '訂單日期', '業務員', '產品', '數量', '單價'],
      ['SO-1', '鼎盛精密', '2017年1月3日', '王家豪', '軸承', '2', '1,250.00'],
      ['SO-1', '鼎盛精密', '2017/1/3', '王家豪', '馬達', '1.5', 'NT$333.333'],
      ['SO-2', '宏遠貿易', '42738', 'rep2@x.tw', '軸承', '1', '100'],
    )
    expect(errors).toEqual([])
    expect(rounded).toBe(1)
    expect(orders.map((o) => [o.number, o.orderDate, o.lines.length, o.totalMinor, o.rows])).toEqual([
      ['SO-1', '2017-01-03', 2, 250_000 + 50_000, [2, 3]],
      ['SO-2', '2017-01-03', 1, 10_000, [4]],
    ])
  })
  it('takes an amount as the line amount, or as the order total without products', () => {
    const { orders } = sheet(
      ['Order ID', 'Customer ID', 'Order Date', 'Sales', 'Product'],
      ['A', 'C1', '2017-01-03', '261.96', 'Bookcase'],
      ['A', 'C1', '2017-01-03', '731.94', 'Chair'],
      ['B', 'C2', '2017-01-04', '14.62', ''],
    )
    expect(orders.map((o) => [o.number, o.totalMinor, o.lines.map((l) => l.amountMinor)])).toEqual([
      ['A', 99_390, [26_196, 73_194]],
      ['B', 1_462, []],
    ])
  })
  it('names the row and column of every bad cell and leaves the whole order out', () => {
    const { orders, errors } = sheet(
      ['Order ID', 'Customer Name', 'Order Date', 'Quantity', 'Unit Price'],
      ['A', 'X', '2017-02-29', '1', '10'],
      ['B', 'Y', '2017-03-01', '-2', 'ten'],
      ['C', 'Z', '2017-03-01', '1', '5'],
      ['C', 'Other', '2017-03-01', '1', '5'],
    )
    expect(errors).toEqual([
      { row: 2, column: 'Order Date', key: 'import.not_date', params: { value: '2017-02-29' } },
      { row: 3, column: 'Unit Price', key: 'import.not_amount', params: { value: 'ten' } },
      { row: 3, column: 'Quantity', key: 'field.positive', params: { field: 'Quantity' } },
      { row: 5, column: 'Order ID', key: 'import.inconsistent_order', params: { number: 'C' } },
    ])
    expect(orders).toEqual([])
  })
  it('reads cancelled orders and refuses an unknown status', () => {
    const { orders, errors } = sheet(
      ['Order ID', 'Customer Name', 'Order Date', 'Amount', '狀態'],
      ['A', 'X', '2017-01-01', '5', '已取消'],
      ['B', 'X', '2017-01-01', '5', ''],
      ['C', 'X', '2017-01-01', '5', 'maybe'],
    )
    expect(orders.map((o) => [o.number, o.status])).toEqual([
      ['A', 'cancelled'],
      ['B', 'confirmed'],
    ])
    expect(errors).toEqual([
      {
        row: 4,
        column: '狀態',
        key: 'field.invalid_value',
        params: { field: '狀態', options: 'confirmed, cancelled' },
      },
    ])
  })
  it('refuses a discount beyond its line, and one order whose rows disagree on the status', () => {
    const { orders, errors } = sheet(
      ['Order ID', 'Customer Name', 'Order Date', 'Product', 'Quantity', 'Unit Price', 'Discount', 'Status'],
      ['A', 'X', '2017-01-01', 'Oil', '1', '10.00', '50.00', ''],
      ['B', 'X', '2017-01-01', 'Oil', '1', '10.00', '', 'confirmed'],
      ['B', 'X', '2017-01-01', 'Salt', '1', '5.00', '', 'cancelled'],
      ['C', 'X', '2017-01-01', 'Oil', '2', '10.00', '20.00', ''],
    )
    expect(errors).toEqual([
      { row: 2, column: 'Discount', key: 'field.too_big', params: { field: 'Discount', max: 1_000 } },
      { row: 4, column: 'Order ID', key: 'import.inconsistent_order', params: { number: 'B' } },
    ])
    // A discount of the whole line is allowed: a free line.
    expect(orders.map((o) => [o.number, o.totalMinor])).toEqual([['C', 0]])
  })
  it('refuses a file without the columns it needs', () => {
    expect(
      sheet(['Order ID', 'Notes'], ['A', 'x'])
        .errors.map((e) => e.column)
        .sort(),
    ).toEqual(['amount', 'customerName', 'orderDate'])
  })
})
