import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { matchHeaders } from './header-synonyms'
import { parseImportDate } from './parse-import-date'
import { addDays } from '../dates/local-date'

describe('parseImportDate', () => {
  it('reads the forms spreadsheets use', () => {
    expect(parseImportDate('2017-01-03')).toBe('2017-01-03')
    expect(parseImportDate('2017/1/3')).toBe('2017-01-03')
    expect(parseImportDate(' 2017.01.03 ')).toBe('2017-01-03')
    expect(parseImportDate('2017年1月3日')).toBe('2017-01-03')
    expect(parseImportDate(42738)).toBe('2017-01-03')
    expect(parseImportDate('42738.75')).toBe('2017-01-03')
    expect(parseImportDate(61)).toBe('1900-03-01')
  })
  it('refuses dates that do not exist and other text', () => {
    for (const bad of [
      '2017-02-29',
      '2017/13/01',
      '3/1/2017',
      '2017年2月30日',
      'yesterday',
      '',
      0,
      60,
      -5,
      99999999,
    ])
      expect(parseImportDate(bad), String(bad)).toBeNull()
  })
  it('reads every Excel serial as days since 1899-12-30 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 61, max: 2_958_465 }),
        (serial) => parseImportDate(serial) === addDays('1899-12-30', serial),
      ),
    )
  })
})

describe('matchHeaders', () => {
  it('recognises English, Traditional and Simplified headers, ignoring case, spaces and a BOM', () => {
    const { columns, unclaimed } = matchHeaders('orders', [
      '\uFEFF訂單編號',
      'customer name',
      '订单日期',
      'Sales',
      '業務員',
      'Remarks',
    ])
    expect(columns).toEqual({ number: 0, customerName: 1, orderDate: 2, amount: 3, rep: 4 })
    expect(unclaimed).toEqual(['Remarks'])
  })
  it('lets an explicit mapping win', () => {
    expect(matchHeaders('orders', ['Doc', 'Date'], { number: 'Doc' }).columns).toEqual({
      number: 0,
      orderDate: 1,
    })
  })
})
