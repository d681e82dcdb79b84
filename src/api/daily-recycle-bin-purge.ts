import type { FastifyInstance } from 'fastify'
import type { AppContext } from '../app/context'
import { purgeExpired } from '../app/recycle-bin'
import { scheduleDailyJob } from './schedule-daily-job'

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
  return scheduleDailyJob(app, ctx, at, {
    run: purgeExpired,
    logKey: 'recycleBinPurge',
    done: 'recycle bin: purged what was deleted 90 days ago',
    failed: 'recycle bin: purge failed; trying again tomorrow',
  })
}
