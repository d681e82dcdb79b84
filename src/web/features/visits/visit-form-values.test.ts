import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import { toPlanBody } from './visit-form-values'

describe('toPlanBody', () => {
  it('sends times as HH:MM, drops blank materials, and keeps an empty benefit for the server to refuse', () => {
    const body = toPlanBody({
      customerId: 'c1',
      date: dayjs('2026-12-03'),
      startTime: dayjs('2026-12-03T09:30'),
      endTime: dayjs('2026-12-03T10:15'),
      objectives: [{ kind: 'product', text: '介紹新機' }],
      materials: [{ text: '型錄' }, { text: ' ' }],
      fabItems: [{ feature: '變頻' }],
    })
    expect(body).toMatchObject({
      date: '2026-12-03',
      startTime: '09:30',
      endTime: '10:15',
      materials: ['型錄'],
      fabItems: [{ feature: '變頻', advantage: null, benefit: '' }],
    })
  })
})
