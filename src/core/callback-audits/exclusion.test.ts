import { describe, expect, it } from 'vitest'
import { excludedCustomers, excludedSince } from './exclusion'

describe('the 90-day exclusion', () => {
  it('counts 90 days ending on the period’s last day, both ends included', () => {
    expect(excludedSince('2026-11-30')).toBe('2026-09-02')
    expect(excludedSince('2026-03-01')).toBe('2025-12-02')
  })
  it('skips customers called on or after the first day, and those drawn elsewhere but not called yet', () => {
    const since = excludedSince('2026-11-30')
    const skipped = excludedCustomers(
      [
        { customerId: 'old', calledOn: '2026-09-01' },
        { customerId: 'edge', calledOn: '2026-09-02' },
        { customerId: 'later', calledOn: '2026-12-05' },
        { customerId: 'pending', calledOn: null },
      ],
      since,
    )
    expect([...skipped].sort()).toEqual(['edge', 'later', 'pending'])
  })
})
