import dayjs from 'dayjs'
import { describe, expect, it } from 'vitest'
import { analysisPeriodOf, boardPeriodOf } from './board-period'

describe('default periods', () => {
  it('shows the board from the start of this quarter to the end of the next', () => {
    expect(boardPeriodOf(dayjs('2026-11-27'))).toEqual({ from: '2026-10-01', to: '2027-03-31' })
    expect(boardPeriodOf(dayjs('2026-02-10'))).toEqual({ from: '2026-01-01', to: '2026-06-30' })
    expect(boardPeriodOf(dayjs('2026-06-30'))).toEqual({ from: '2026-04-01', to: '2026-09-30' })
  })
  it('analyses this calendar year', () => {
    expect(analysisPeriodOf(dayjs('2026-11-27'))).toEqual({ from: '2026-01-01', to: '2026-12-31' })
  })
})
