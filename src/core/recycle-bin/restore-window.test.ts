import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canRestore, daysLeft, purgeCutoff, RESTORE_DAYS, restoreUntil } from './restore-window'

const DAY = 86_400_000
// Instants between 2000 and 2100, to the millisecond, as the database stores them.
const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) })
const iso = (ms: number) => new Date(ms).toISOString()

describe('the recycle bin’s 90 days', () => {
  it('restores up to the last millisecond before 90 × 24 h, not at it', () => {
    const deleted = '2026-01-01T10:00:00.000Z'
    expect(canRestore(deleted, new Date('2026-04-01T09:59:59.999Z'))).toBe(true)
    expect(canRestore(deleted, new Date('2026-04-01T10:00:00.000Z'))).toBe(false)
    expect(restoreUntil(deleted)).toBe('2026-04-01T10:00:00.000Z')
    expect(daysLeft(deleted, new Date(deleted))).toBe(90)
    expect(daysLeft(deleted, new Date('2026-04-01T09:59:59.999Z'))).toBe(1)
    expect(daysLeft(deleted, new Date('2026-04-01T10:00:00.000Z'))).toBe(0)
  })

  it('draws one line: restorable exactly when the purge (deleted_at <= cutoff, as text) leaves it', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -DAY, max: 200 * DAY }), (deleted, offset) => {
        const now = new Date(deleted + offset)
        const purged = iso(deleted) <= purgeCutoff(now)
        expect(canRestore(iso(deleted), now)).toBe(!purged)
        expect(canRestore(iso(deleted), now)).toBe(offset < RESTORE_DAYS * DAY)
      }),
    )
  })

  it('counts days left from 90 down to 1 while restorable, 0 after, never increasing with time', () => {
    fc.assert(
      fc.property(instant, fc.nat(200 * DAY), fc.nat(10 * DAY), (deleted, offset, later) => {
        const at = iso(deleted)
        const now = new Date(deleted + offset)
        const left = daysLeft(at, now)
        if (canRestore(at, now)) {
          expect(left).toBeGreaterThanOrEqual(1)
          expect(left).toBeLessThanOrEqual(RESTORE_DAYS)
          // The deadline lies within the days counted, and beyond the ones before.
          expect(Date.parse(restoreUntil(at)) - now.getTime()).toBeLessThanOrEqual(left * DAY)
          expect(Date.parse(restoreUntil(at)) - now.getTime()).toBeGreaterThan((left - 1) * DAY)
        } else expect(left).toBe(0)
        expect(daysLeft(at, new Date(now.getTime() + later))).toBeLessThanOrEqual(left)
      }),
    )
  })
})
