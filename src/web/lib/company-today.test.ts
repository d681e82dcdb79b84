import dayjs from 'dayjs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { monthParam } from '../features/field-reports/month-param'
import { companyToday, setCompanyTimeZone } from './company-today'

describe("the organisation's today in the web", () => {
  afterEach(() => vi.useRealTimers())

  it('is the day in the organisation’s zone, whatever zone the browser is in', () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T17:30:00Z') }) // 01:30 on Dec 1 in Taipei
    setCompanyTimeZone('Asia/Taipei')
    expect(companyToday().format('YYYY-MM-DD HH:mm')).toBe('2026-12-01 00:00')
    expect(monthParam(null)).toBe('2026-12')
    setCompanyTimeZone('America/Los_Angeles')
    expect(companyToday().format('YYYY-MM-DD')).toBe('2026-11-30')
    expect(monthParam(null)).toBe('2026-11')
  })

  it('falls back to the browser’s own day for a zone its Intl does not know', () => {
    vi.useFakeTimers({ now: new Date('2026-11-30T17:30:00Z') })
    setCompanyTimeZone('Mars/Olympus_Mons')
    expect(companyToday().format('YYYY-MM-DD')).toBe(dayjs().format('YYYY-MM-DD'))
  })
})
