import { describe, expect, it } from 'vitest'
import { bucketLabel, periodLabel } from './period-label'

describe('periodLabel', () => {
  it('names whole months, years and ranges in each language', () => {
    const augDec = { from: '2026-08-01', to: '2026-12-31' }
    expect(periodLabel(augDec, 'en')).toBe('Aug–Dec 2026')
    expect(periodLabel(augDec, 'zh-Hant')).toBe('2026年8–12月')
    expect(periodLabel(augDec, 'zh-Hans')).toBe('2026年8–12月')
    expect(periodLabel({ from: '2025-01-01', to: '2025-12-31' }, 'en')).toBe('2025')
    expect(periodLabel({ from: '2025-01-01', to: '2025-12-31' }, 'zh-Hant')).toBe('2025年')
    expect(periodLabel({ from: '2026-02-01', to: '2026-02-28' }, 'en')).toBe('Feb 2026')
    expect(periodLabel({ from: '2025-11-01', to: '2026-02-28' }, 'zh-Hans')).toBe('2025年11月–2026年2月')
    expect(periodLabel({ from: '2025-11-01', to: '2026-02-28' }, 'en')).toBe('Nov 2025–Feb 2026')
    expect(periodLabel({ from: '2026-08-05', to: '2026-12-20' }, 'en')).toBe('2026-08-05 – 2026-12-20')
    expect(periodLabel({ from: '2026-08-05', to: '2026-12-20' }, 'zh-Hant')).toBe('2026-08-05 至 2026-12-20')
  })
  it('names growth buckets', () => {
    expect(bucketLabel('2026-Q4', 'en')).toBe('Q4 2026')
    expect(bucketLabel('2026-Q4', 'zh-Hant')).toBe('2026年第4季')
    expect(bucketLabel('2026-03', 'en')).toBe('Mar 2026')
    expect(bucketLabel('2026', 'zh-Hans')).toBe('2026年')
  })
})
