import { addDays, type LocalDate } from '../core/dates/local-date'

/** One event of a calendar feed: all day on a date, or from one instant to another. */
export type IcalEvent = {
  /** Stable across refreshes, so a calendar application updates the event instead of adding one. */
  uid: string
  when: { date: LocalDate } | { start: Date; end: Date }
  summary: string
  description?: string | null
}

export type IcalCalendar = {
  /** PRODID: who made the file. */
  prodId: string
  /** The name a calendar application shows for the subscription. */
  name: string
  /** When the file was made: every event's DTSTAMP. */
  stamp: Date
  /** How often a subscriber should fetch the feed again. */
  refreshMinutes: number
  events: readonly IcalEvent[]
}

const CRLF = '\r\n'
const encoder = new TextEncoder()

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma escaped; any line break becomes `\n`. */
export const escapeText = (value: string) =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): each continuation starts with one space,
 * which counts towards its 75. Octets, not characters — 跟進 is six of them — and a character is
 * never cut in two, since a reader would then see broken UTF-8.
 */
export function foldLine(line: string): string {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    const limit = out.length === 0 ? 75 : 74
    if (octets + size > limit) {
      out.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  out.push(current)
  return out.join(`${CRLF} `)
}

const basicDate = (date: LocalDate) => date.replace(/-/g, '')
const basicInstant = (instant: Date) =>
  instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')

/**
 * An iCalendar file (RFC 5545): VCALENDAR with VEVENTs carrying UID, DTSTAMP, DTSTART;VALUE=DATE
 * (and the next day as DTEND) for all-day events or UTC DTSTART/DTEND for timed ones, SUMMARY and
 * DESCRIPTION; CRLF line endings, lines folded at 75 octets, text escaped. Times are written in
 * UTC, so the file needs no VTIMEZONE and every application shows them in its own zone.
 */
export function renderIcal(calendar: IcalCalendar): string {
  const stamp = basicInstant(calendar.stamp)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `REFRESH-INTERVAL;VALUE=DURATION:PT${calendar.refreshMinutes}M`,
    `X-PUBLISHED-TTL:PT${calendar.refreshMinutes}M`,
  ]
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      ...('date' in event.when
        ? [
            `DTSTART;VALUE=DATE:${basicDate(event.when.date)}`,
            `DTEND;VALUE=DATE:${basicDate(addDays(event.when.date, 1))}`,
          ]
        : [`DTSTART:${basicInstant(event.when.start)}`, `DTEND:${basicInstant(event.when.end)}`]),
      `SUMMARY:${escapeText(event.summary)}`,
    )
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`)
    // An all-day reminder does not make the day look busy; a planned visit does.
    lines.push(`TRANSP:${'date' in event.when ? 'TRANSPARENT' : 'OPAQUE'}`, 'END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join(CRLF) + CRLF
}
