import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../app/context'
import { startDailyTimer } from '../app/daily-timer'
import { keepClosedHalfMonth } from '../app/half-month-reports'

/**
 * Keeps the half-monthly data report of the half-month that just closed (DOMAIN.md "Reports";
 * issue 7 point 4): at start, then daily at `at` on the organisation's clock — so on the 16th and
 * on the 1st it is made, and a server that was down then makes it when it is back. Every server
 * of a deployment runs this; the unique (period, version) key lets exactly one report land.
 * Cleared when the server closes; call before `listen`.
 */
export function scheduleHalfMonthReports(
  app: FastifyInstance,
  ctx: Omit<AppContext, 'actor' | 'lang'>,
  at: string,
): Promise<void> {
  const run = async () => {
    try {
      const result = await keepClosedHalfMonth({ ...ctx, actor: null, lang: 'en' })
      if (result.generated) app.log.info({ halfMonthReport: result }, 'half-monthly report kept')
    } catch (error) {
      app.log.error(error, 'half-monthly report: generating failed; trying again at the next run')
    }
  }
  const stop = startDailyTimer({ at, timeZone: ctx.config.timeZone, now: ctx.now, run })
  app.addHook('onClose', async () => stop())
  return run()
}
