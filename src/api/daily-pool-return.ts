import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../app/context'
import { todayOf } from '../app/pool'
import { returnIdleCustomers } from '../app/return-idle-customers'

const HOUR_MS = 60 * 60 * 1000

/**
 * Runs the pool's automatic return (DOMAIN.md "Customer pool") once per day of the organisation's
 * time zone: at start, then whenever an hourly check finds a new date. A check every hour rather
 * than a timer set for midnight survives daylight-saving shifts, clock changes and a sleeping
 * host, at worst an hour late; a failed run is tried again at the next check. The timer is
 * unref'd (it never keeps the process alive) and cleared when the server closes. Call it before
 * `listen`: Fastify takes no hooks after that. Resolves when the first run is over.
 */
export function scheduleDailyPoolReturn(
  app: FastifyInstance,
  ctx: AppContext,
  everyMs = HOUR_MS,
): Promise<void> {
  let lastDay: string | null = null
  let running = false
  const tick = async () => {
    const today = todayOf(ctx)
    if (today === lastDay || running) return
    running = true
    try {
      const run = await returnIdleCustomers(ctx, today)
      lastDay = today
      app.log.info({ poolReturn: run }, 'customer pool: daily return done')
    } catch (error) {
      app.log.error(error, 'customer pool: daily return failed; trying again at the next check')
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void tick(), everyMs)
  timer.unref()
  app.addHook('onClose', async () => clearInterval(timer))
  return tick()
}
