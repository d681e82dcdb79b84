import { describe, expect, it } from 'vitest'
import { clashingSlot, type PlannedSlot } from './planned-slot'

const slot = (id: string, start: string, end: string, over: Partial<PlannedSlot> = {}): PlannedSlot => ({
  id,
  customerId: `c-${id}`,
  date: '2026-11-30',
  start,
  end,
  status: 'accepted',
  ...over,
})
const at = (start: string, end: string, date = '2026-11-30') => ({ date, start, end })

describe('clashingSlot: planned visits do not overlap', () => {
  const day = [slot('nine', '09:00', '09:30'), slot('ten', '10:00', '11:30')]

  it('finds the planned visit a new one would overlap', () => {
    expect(clashingSlot(at('09:15', '09:45'), day)?.id).toBe('nine')
    expect(clashingSlot(at('10:30', '10:45'), day)?.id).toBe('ten')
    expect(clashingSlot(at('08:00', '12:00'), day)?.id).toBe('nine')
  })

  it('lets one visit end when the next starts', () => {
    expect(clashingSlot(at('09:30', '10:00'), day)).toBeUndefined()
    expect(clashingSlot(at('11:30', '12:00'), day)).toBeUndefined()
  })

  it('ignores other days, dropped slots, and the slot being moved', () => {
    expect(clashingSlot(at('09:00', '09:30', '2026-12-01'), day)).toBeUndefined()
    expect(
      clashingSlot(at('09:00', '09:30'), [slot('x', '09:00', '09:30', { status: 'dropped' })]),
    ).toBeUndefined()
    expect(clashingSlot(at('09:00', '10:00'), day, 'nine')).toBeUndefined()
    expect(clashingSlot(at('09:00', '09:30'), [slot('d', '09:00', '09:30', { status: 'done' })])?.id).toBe(
      'd',
    )
  })
})
