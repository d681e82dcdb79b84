import dayjs, { type Dayjs } from 'dayjs'

/** A picker's day as the API's `YYYY-MM-DD`, read in local time so the day stays the day. */
export const toLocalDate = (day: Dayjs) => day.format('YYYY-MM-DD')

/** dayjs reads a bare `YYYY-MM-DD` as local midnight (Date would take UTC and shift the day). */
export const fromLocalDate = (date: string | undefined) => (date ? dayjs(date) : undefined)
