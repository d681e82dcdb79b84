import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../app/context'
import { keepClosedHalfMonth } from '../app/half-month-reports'
import { scheduleDailyJob } from './schedule-daily-job'

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
  return scheduleDailyJob(app, ctx, at, {
    run: keepClosedHalfMonth,
    logKey: 'halfMonthReport',
    done: 'half-monthly report kept',
    failed: 'half-monthly report: generating failed; trying again at the next run',
    worthLogging: (result) => result.generated,
  })
}
