import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import { previewLine, previewTotal, toOrderBody, toQuantityMilli } from './order-form-values'

describe('order form values', () => {
  it('reads quantities to the thousandth without a float, and refuses a fourth decimal', () => {
    expect(toQuantityMilli('1.5')).toBe(1500)
    expect(toQuantityMilli('0.001')).toBe(1)
    expect(toQuantityMilli('1.0005')).toBeNull()
    expect(toQuantityMilli('0')).toBeNull()
    expect(toQuantityMilli('abc')).toBeNull()
  })

  it('previews a line as the server computes it: quantity × price rounded half away, less discount', () => {
    // 1.5 × 123.45 = 185.175 → 185.18, less 0.05
    expect(previewLine({ quantity: '1.5', unitPrice: '123.45', discount: '0.05' })).toBe(18513)
    expect(previewLine({ quantity: '2', unitPrice: '1,234.50' })).toBe(246900)
    expect(previewLine({ quantity: '2', unitPrice: '' })).toBeNull()
    expect(previewTotal([{ quantity: '2', unitPrice: '10' }, { quantity: 'x' }, undefined])).toBe(2000)
  })

  it('sends lines or a total, never both, with money in cents', () => {
    const base = { number: ' SO-1 ', customerId: 'c', orderDate: dayjs('2026-11-02'), lines: [] }
    expect(toOrderBody({ ...base, mode: 'total', total: '1,000', ownerId: 'u' }, false)).toEqual({
      number: 'SO-1',
      customerId: 'c',
      orderDate: '2026-11-02',
      total: 100000,
    })
    const withLines = toOrderBody(
      { ...base, mode: 'lines', lines: [{ product: 'A', quantity: '1.5', unitPrice: '10.00' }] },
      true,
    )
    expect(withLines.lines).toEqual([{ product: 'A', quantity: 1.5, unitPrice: 1000, discount: 0 }])
    expect(withLines.total).toBeUndefined()
  })
})
