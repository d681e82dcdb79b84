/**
 * A request's URL as the log may keep it: the private iCalendar feed carries its credential in the
 * path (`/api/v1/calendar/<token>.ics`, calendar applications send no cookie), so the token is
 * replaced before a line reaches a log file that operators, backups and log shippers all read.
 */
export function redactUrl(url: string): string {
  return url.replace(/(\/calendar\/)[^/?#.]+(?=\.ics)/, '$1[token]')
}
