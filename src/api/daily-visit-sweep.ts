import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../app/context'
import { startDailyTimer } from '../app/daily-timer'
import { sweepMissedVisits } from '../app/visit-sweep'

/**
 * Marks missed the visit plans not checked in by their end (DOMAIN.md "Visits"): at start, then
 * daily at `at` on the organisation's clock. Reads apply the rule anyway (core/visits/visit-status.ts),
 * so this only brings the records in line. Cleared when the server closes; call before `listen`.
 */
export function scheduleDailyVisitSweep(
  app: FastifyInstance,
  ctx: Omit<AppContext, 'actor' | 'lang'>,
  at: string,
): Promise<void> {
  const run = async () => {
    try {
      const result = await sweepMissedVisits({ ...ctx, actor: null, lang: 'en' })
      app.log.info({ visitSweep: result }, 'visits: missed plans marked')
    } catch (error) {
      app.log.error(error, 'visits: marking missed plans failed')
    }
  }
  const stop = startDailyTimer({ at, timeZone: ctx.config.timeZone, now: ctx.now, run })
  app.addHook('onClose', async () => stop())
  return run()
}
