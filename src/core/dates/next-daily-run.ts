import { addDays, localDateAt } from './local-date'
import { zonedInstant } from './zoned-instant'

/**
 * The next instant strictly after `now` at which the organisation's clock reads `at` (`HH:MM`):
 * when the morning push runs (DOMAIN.md "Reminders"). Daylight-saving days are honoured, so a
 * push at 08:00 in New York stays at 08:00 local time across the change.
 */
export function nextDailyRun(now: Date, at: string, timeZone: string): Date {
  let day = localDateAt(now, timeZone)
  for (;;) {
    const instant = zonedInstant(day, at, timeZone)
    if (instant.getTime() > now.getTime()) return instant
    day = addDays(day, 1)
  }
}
