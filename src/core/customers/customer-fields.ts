/** The closed vocabularies of DOMAIN.md "Customers" and "ABC classification". */
export const CUSTOMER_STATUSES = ['prospect', 'active', 'dormant', 'lost'] as const
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number]

export const PREFERRED_TIMES = ['work_hours', 'personal_time'] as const
export type PreferredTime = (typeof PREFERRED_TIMES)[number]

export const MEETING_STYLES = ['brief', 'formal'] as const
export type MeetingStyle = (typeof MEETING_STYLES)[number]

export const TIERS = ['A', 'B', 'C'] as const
export type Tier = (typeof TIERS)[number]

/** ISO weekdays: 1 Monday … 7 Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** `HH:MM`, 24-hour clock. */
export const HOUR_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/
