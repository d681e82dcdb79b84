import { describe, expect, it } from 'vitest'
import { urlFilters } from './url-filters'

const filters = urlFilters(['customer', 'owner'])

describe('urlFilters', () => {
  it('reads trimmed text filters and keeps only real YYYY-MM-DD days', () => {
    const params = new URLSearchParams('customer=%20c1%20&owner=&from=2026-03-01&to=March&tab=plans')
    expect(filters.read(params)).toEqual({
      customer: 'c1',
      owner: undefined,
      from: '2026-03-01',
      to: undefined,
    })
  })

  it('writes over the current params: set filters replace, cleared ones go, other params stay', () => {
    const params = new URLSearchParams('owner=u1&tab=plans')
    const next = filters.write(params, { customer: 'c1', owner: undefined, to: '2026-03-31' })
    expect(next.toString()).toBe('tab=plans&customer=c1&to=2026-03-31')
    expect(params.toString()).toBe('owner=u1&tab=plans')
  })

  it('says whether any filter is set', () => {
    expect(filters.has({})).toBe(false)
    expect(filters.has({ customer: undefined, from: '' })).toBe(false)
    expect(filters.has({ from: '2026-03-01' })).toBe(true)
  })
})
