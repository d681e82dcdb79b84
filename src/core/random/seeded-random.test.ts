import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { seededRandom } from './seeded-random'

describe('seededRandom', () => {
  it('replays the same sequence from the same seed', () => {
    const a = seededRandom(42)
    const b = seededRandom(42)
    const seqA = Array.from({ length: 20 }, () => a.next())
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA)
    expect(Array.from({ length: 20 }, () => seededRandom(43).next())).not.toEqual(seqA)
  })
  it('keeps int() within its bounds (property)', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (seed, min, span) => {
          const value = seededRandom(seed).int(min, min + span)
          return Number.isInteger(value) && value >= min && value <= min + span
        },
      ),
    )
  })
})
