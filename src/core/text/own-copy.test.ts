import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ownCopy } from './own-copy'

describe('ownCopy', () => {
  it('is the same text (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(ownCopy(text)).toBe(text)
      }),
    )
  })
})
