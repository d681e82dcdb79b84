import { HOUR_PATTERN } from '../core/customers/customer-fields'
import { nextDailyRun } from '../core/dates/next-daily-run'

/**
 * Calls `run` every day when the organisation's clock reads `at` (`HH:MM`), the next time
 * computed afresh after each run so daylight-saving changes are followed. The timer is unref'd —
 * it never keeps the process alive — and the returned function clears it (on server close). A
 * run that throws is the caller's to report; the next day's run is armed either way.
 */
export function startDailyTimer(options: {
  at: string
  timeZone: string
  now: () => Date
  run: () => Promise<void>
}): () => void {
  if (!HOUR_PATTERN.test(options.at)) throw new Error(`The daily time must be HH:MM, not "${options.at}".`)
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  const arm = () => {
    if (stopped) return
    const now = options.now()
    const delay = nextDailyRun(now, options.at, options.timeZone).getTime() - now.getTime()
    timer = setTimeout(fire, Math.max(1000, delay))
    timer.unref()
  }
  const fire = () => {
    options
      .run()
      .catch(() => undefined)
      .finally(arm)
  }
  arm()
  return () => {
    stopped = true
    clearTimeout(timer)
  }
}
