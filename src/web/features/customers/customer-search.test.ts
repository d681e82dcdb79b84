import { describe, expect, it } from 'vitest'
import { readSearch, writeSearch } from './customer-search'

describe('the customer search in the URL', () => {
  it('round-trips filters and sort, so a shared link opens the same list', () => {
    const search = readSearch(
      new URLSearchParams('q=王小明&tier=A&status=lost&tag=VIP&owner=u1&sort=updatedAt&order=desc'),
    )
    expect(search).toEqual({
      q: '王小明',
      tier: 'A',
      status: 'lost',
      tag: 'VIP',
      owner: 'u1',
      sort: 'updatedAt',
      order: 'desc',
    })
    expect(readSearch(writeSearch(search))).toEqual(search)
  })

  it('leaves defaults and empty values out of the link', () => {
    const params = writeSearch(readSearch(new URLSearchParams('q=%20%20&sort=name&order=asc')))
    expect(params.toString()).toBe('')
  })

  it('ignores values the server would refuse (an unknown tier, status or sort)', () => {
    const search = readSearch(new URLSearchParams('tier=D&status=gone&sort=phone&order=up'))
    expect(search).toMatchObject({ tier: undefined, status: undefined, sort: 'name', order: 'asc' })
  })
})
