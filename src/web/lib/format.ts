import dayjs from 'dayjs'

/** An instant (ISO-8601 UTC) in the reader's local time. */
export const formatInstant = (iso: string | null | undefined): string =>
  iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : ''

/**
 * A calendar date is already `YYYY-MM-DD`: shown as it is. Parsing it with Date would read it as
 * UTC midnight and show the day before west of Greenwich.
 */
export const formatDate = (date: string | null | undefined): string => date ?? ''
