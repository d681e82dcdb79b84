import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { groupBy } from './group-by'

describe('groupBy', () => {
  it('puts each item in its key’s group, in the list’s order', () => {
    const rows = [
      { rep: 'b', n: 1 },
      { rep: 'a', n: 2 },
      { rep: 'b', n: 3 },
    ]
    expect([...groupBy(rows, (r) => r.rep)]).toEqual([
      ['b', [rows[0], rows[2]]],
      ['a', [rows[1]]],
    ])
    expect(groupBy([], String).size).toBe(0)
  })

  it('gives every group the items a filter by its key would (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ key: fc.constantFrom('x', 'y', 'z'), n: fc.integer() })), (items) => {
        const groups = groupBy(items, (i) => i.key)
        for (const key of ['x', 'y', 'z'])
          expect(groups.get(key) ?? []).toEqual(items.filter((i) => i.key === key))
        expect([...groups.values()].flat().length).toBe(items.length)
      }),
    )
  })
})
