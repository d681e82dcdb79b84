import type { LocalDate } from './local-date'

// One formatter per time zone: making an Intl.DateTimeFormat costs ~30× formatting with it (issue 8).
const formats = new Map<string, Intl.DateTimeFormat>()
const wallFormat = (timeZone: string) => {
  let format = formats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formats.set(timeZone, format)
  }
  return format
}

const offsetMinutes = (instant: number, timeZone: string) => {
  const parts = wallFormat(timeZone).formatToParts(new Date(instant))
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'))
  return Math.round((wall - instant) / 60_000)
}

/**
 * The instant at which a wall clock in `timeZone` shows `date` `time` ("HH:MM"): what a sheet's
 * "2026-11-27 14:30" means in the organisation's time zone. Two passes settle the offset across a
 * daylight-saving change.
 */
export function zonedInstant(date: LocalDate, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  const wall = Date.UTC(y, m - 1, d, hh, mm)
  let instant = wall - offsetMinutes(wall, timeZone) * 60_000
  instant = wall - offsetMinutes(instant, timeZone) * 60_000
  return new Date(instant)
}
