import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../app/context'
import { startDailyTimer } from '../app/daily-timer'
import { purgeExpired } from '../app/recycle-bin'

/**
 * Purges the recycle bin of what was deleted 90 days ago or more (app/recycle-bin.ts): at start,
 * then daily at `at` on the organisation's clock. Restoring checks the 90 days itself, so a late
 * run only keeps rows longer, out of sight. Cleared when the server closes; call before `listen`.
 */
export function scheduleDailyRecycleBinPurge(
  app: FastifyInstance,
  ctx: Omit<AppContext, 'actor' | 'lang'>,
  at: string,
): Promise<void> {
  const run = async () => {
    try {
      const result = await purgeExpired({ ...ctx, actor: null, lang: 'en' })
      app.log.info({ recycleBinPurge: result }, 'recycle bin: purged what was deleted 90 days ago')
    } catch (error) {
      app.log.error(error, 'recycle bin: purge failed; trying again tomorrow')
    }
  }
  const stop = startDailyTimer({ at, timeZone: ctx.config.timeZone, now: ctx.now, run })
  app.addHook('onClose', async () => stop())
  return run()
}
