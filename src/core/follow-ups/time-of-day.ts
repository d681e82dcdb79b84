import { HOUR_PATTERN } from '../customers/customer-fields'

/**
 * Wall-clock times are `HH:MM` strings (the customer's preferred hours use the same form); the
 * scheduler computes in minutes since midnight. No time zone: everything is the organisation's
 * local time (DOMAIN.md "Follow-up cadence", Scheduling).
 */
export function isTimeOfDay(value: string): boolean {
  return HOUR_PATTERN.test(value)
}

export function toMinutes(time: string): number {
  if (!isTimeOfDay(time)) throw new RangeError(`Not an HH:MM time: ${time}`)
  const [h, m] = time.split(':').map(Number) as [number, number]
  return h * 60 + m
}

/** Minutes since midnight → `HH:MM`. */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`
}
