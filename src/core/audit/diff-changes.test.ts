import { describe, expect, it } from 'vitest'
import { diffChanges } from './diff-changes'

describe('diffChanges', () => {
  it('lists only the fields that changed, lists compared by value', () => {
    const before = { name: 'A', tags: ['x'], phone: null, version: 1 }
    const after = { name: 'B', tags: ['x'], phone: '02', version: 2 }
    expect(diffChanges(before, after, ['version'])).toEqual([
      { field: 'name', before: 'A', after: 'B' },
      { field: 'phone', before: null, after: '02' },
    ])
  })
  it('shows every set field of a created record', () => {
    expect(diffChanges(null, { name: 'A', notes: null })).toEqual([
      { field: 'name', before: null, after: 'A' },
    ])
  })
})
