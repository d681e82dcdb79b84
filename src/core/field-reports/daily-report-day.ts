import { addDays, type LocalDate } from '../dates/local-date'

/**
 * Which days a rep may check in for: any past day (a late check-in is still one), today, and
 * tomorrow — a time zone's worth of slack, as for follow-ups — but nothing further ahead, since a
 * report says what was done.
 */
export const isReportableDay = (date: LocalDate, today: LocalDate): boolean => date <= addDays(today, 1)
