import dayjs, { type Dayjs } from 'dayjs'
import { localDateAt } from '../../core/dates/local-date'

let timeZone: string | null = null

/** The organisation's time zone, as the server reports it (GET /api/v1/setup) before anything is shown. */
export const setCompanyTimeZone = (zone: string) => {
  timeZone = zone
}

/**
 * Today in the organisation's time zone, at local midnight: the day its dates, agendas and default
 * periods mean (DOMAIN.md: the organisation's zone decides what "today" is). The browser's own
 * day differs around midnight for anyone sitting in another zone — a manager travelling, a rep
 * abroad — and the server would then read "this month" or "today" as another day than the page.
 */
export function companyToday(): Dayjs {
  if (timeZone)
    try {
      return dayjs(localDateAt(new Date(), timeZone))
    } catch {
      // A zone this browser's Intl does not know: its own day is the best left.
    }
  return dayjs().startOf('day')
}
