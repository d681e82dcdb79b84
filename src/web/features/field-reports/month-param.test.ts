import { companyToday } from '../../lib/company-today'
import { describe, expect, it } from 'vitest'
import { monthParam } from './month-param'

describe('the month in the URL', () => {
  it('keeps a real YYYY-MM and falls back to this month otherwise', () => {
    expect(monthParam('2026-10')).toBe('2026-10')
    for (const bad of [null, '', '2026-13', '2026-1', 'Oct', '2026-10-01'])
      expect(monthParam(bad)).toBe(companyToday().format('YYYY-MM'))
  })
})
