import type { CalendarFeed } from '../../../contracts/reminders'
import { http } from '../../lib/http'

export const calendarFeedKey = ['calendar-feed'] as const

export const fetchCalendarFeed = () => http<CalendarFeed>('GET', '/calendar/feed')
export const createCalendarFeed = () => http<{ path: string; createdAt: string }>('POST', '/calendar/feed')
export const stopCalendarFeed = () => http<void>('DELETE', '/calendar/feed')
