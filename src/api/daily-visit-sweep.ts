import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../app/context'
import { sweepMissedVisits } from '../app/visit-sweep'
import { scheduleDailyJob } from './schedule-daily-job'

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
  return scheduleDailyJob(app, ctx, at, {
    run: sweepMissedVisits,
    logKey: 'visitSweep',
    done: 'visits: missed plans marked',
    failed: 'visits: marking missed plans failed',
  })
}
