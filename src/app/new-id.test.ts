import { describe, expect, it } from 'vitest'
import { newId } from './new-id'

describe('newId', () => {
  it('is a version 7 UUID whose first 48 bits are the milliseconds', () => {
    const id = newId(Date.UTC(2026, 10, 27, 8, 0, 0))
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2026, 10, 27, 8, 0, 0))
  })
  it('sorts in the order it was made across milliseconds, and never repeats', () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => newId(1_700_000_000_000 + i))
    expect([...ids].sort()).toEqual(ids)
    expect(new Set(Array.from({ length: 100_000 }, () => newId())).size).toBe(100_000)
  })
})
