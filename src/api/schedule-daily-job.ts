import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../app/context'
import { startDailyTimer } from '../app/daily-timer'

/**
 * Runs a server's daily job at start, then daily at `at` on the organisation's clock, acting for
 * nobody; a failure is logged and tried again the next day. Cleared when the server closes; call
 * before `listen`.
 */
export function scheduleDailyJob<Result>(
  app: FastifyInstance,
  ctx: Omit<AppContext, 'actor' | 'lang'>,
  at: string,
  job: {
    run: (ctx: AppContext) => Promise<Result>
    /** The log line's key for the result, and its messages. */
    logKey: string
    done: string
    failed: string
    /** Whether a run's result is worth a log line (default: every run). */
    worthLogging?: (result: Result) => boolean
  },
): Promise<void> {
  const run = async () => {
    try {
      const result = await job.run({ ...ctx, actor: null, lang: 'en' })
      if (job.worthLogging?.(result) ?? true) app.log.info({ [job.logKey]: result }, job.done)
    } catch (error) {
      app.log.error(error, job.failed)
    }
  }
  const stop = startDailyTimer({ at, timeZone: ctx.config.timeZone, now: ctx.now, run })
  app.addHook('onClose', async () => stop())
  return run()
}
