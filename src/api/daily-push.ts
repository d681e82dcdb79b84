import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../app/context'
import { startDailyTimer } from '../app/daily-timer'
import { scheduledPush } from '../app/reminder-push'

/**
 * The morning push (DOMAIN.md "Reminders"): every day at `at` (`HH:MM`, the organisation's
 * time), each rep's agenda to the chat webhook, when an admin has enabled it. The timer is
 * unref'd and cleared when the server closes. Call it before `listen`: Fastify takes no hooks
 * after that.
 */
export function scheduleDailyPush(
  app: FastifyInstance,
  ctx: Omit<AppContext, 'actor' | 'lang'>,
  at: string,
): void {
  const stop = startDailyTimer({
    at,
    timeZone: ctx.config.timeZone,
    now: ctx.now,
    run: async () => {
      try {
        const report = await scheduledPush(ctx)
        if (report) app.log.info({ push: report }, 'reminders: morning push done')
      } catch (error) {
        app.log.error(error, 'reminders: morning push failed')
      }
    },
  })
  app.addHook('onClose', async () => stop())
}
