import { addDays } from '../../../core/dates/local-date'
import { isoWeekday } from '../../../core/follow-ups/iso-weekday'

/** The seven days of the week that starts on `monday`, with their ISO weekday (1 Monday … 7 Sunday). */
export const weekDays = (monday: string) =>
  Array.from({ length: 7 }, (_, i) => {
    const date = addDays(monday, i)
    return { date, weekday: isoWeekday(date) }
  })

/** Any day of the week `weeks` weeks later (earlier when negative): the server takes its Monday. */
export const shiftWeek = (monday: string, weeks: number) => addDays(monday, 7 * weeks)
