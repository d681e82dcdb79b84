// One formatter per time zone: making an Intl.DateTimeFormat costs ~30× formatting with it, and a
// list of 50 visits made 100 of them per page (issue 8: the visit list's CPU per request).
const timeFormats = new Map<string, Intl.DateTimeFormat>()
const timeFormat = (timeZone: string) => {
  let format = timeFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    timeFormats.set(timeZone, format)
  }
  return format
}

/** The wall-clock time `HH:MM` (24-hour) of an instant in a time zone: what "now" is for the organisation. */
export function localTimeAt(instant: Date, timeZone: string): string {
  const parts = timeFormat(timeZone).formatToParts(instant)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00'
  return `${get('hour')}:${get('minute')}`
}
