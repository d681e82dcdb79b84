import type { Command } from 'commander'
import { scheduleDailyPoolReturn } from '../../api/daily-pool-return'
import { scheduleDailyPush } from '../../api/daily-push'
import { scheduleHalfMonthReports } from '../../api/daily-half-month-report'
import { scheduleDailyVisitSweep } from '../../api/daily-visit-sweep'
import { scheduleDailyRecycleBinPurge } from '../../api/daily-recycle-bin-purge'
import { buildServer } from '../../api/server'
import { describeDatabaseUrl } from '../../app/open-database'
import { openCli, type GlobalOptions } from '../cli-context'
import { say } from '../output'
import { runAction } from '../run-action'

async function serve(options: GlobalOptions & { port: string; host: string }) {
  const { ctx, config, database } = await openCli(options, false)
  const app = await buildServer({
    db: ctx.db,
    engine: ctx.engine,
    now: ctx.now,
    config,
    logger: true,
    serveWeb: true,
  })
  const close = async () => {
    await app.close()
    await database.close()
    process.exit(0)
  }
  process.once('SIGINT', close)
  process.once('SIGTERM', close)
  // The customer pool's automatic return: now, then once a day (not awaited: start at once).
  void scheduleDailyPoolReturn(app, ctx)
  // The morning push of each rep's agenda to the chat webhook, at ABACUS_PUSH_AT (default 08:00).
  scheduleDailyPush(app, ctx, process.env.ABACUS_PUSH_AT || '08:00')
  // Visit plans not checked in by their end are marked missed: now, then daily at 00:05.
  void scheduleDailyVisitSweep(app, ctx, '00:05')
  // The half-monthly data report of the half-month just closed: now, then daily at ABACUS_HALF_MONTH_AT.
  void scheduleHalfMonthReports(app, ctx, process.env.ABACUS_HALF_MONTH_AT || '00:15')
  // The recycle bin keeps deleted records 90 days: what is older is purged now, then daily at 00:25.
  void scheduleDailyRecycleBinPurge(app, ctx, '00:25')
  await app.listen({ port: Number(options.port), host: options.host })
  say(ctx.lang, options.json, 'cli.serving', {
    url: `http://${options.host}:${options.port}`,
    db: describeDatabaseUrl(config.databaseUrl),
  })
}

/** `abacus serve`: the API, its docs and the web app, with the daily runs. */
export function registerServeCommand(program: Command): Command {
  return program
    .command('serve')
    .description('start the server (API, docs and web app)')
    .option('--port <port>', 'port', process.env.PORT ?? '3000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action(runAction(serve))
}
