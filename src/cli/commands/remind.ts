import type { Command } from 'commander'
import { pushAgendas } from '../../app/reminder-push'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

/**
 * `abacus remind push [--date DATE]`: each rep's agenda for the day (default today) to the chat
 * webhook an admin set, once, whether or not the morning push is enabled. Every message not
 * delivered is listed, and the exit code is 1 when any was not.
 */
async function remindPushCommand(options: GlobalOptions & { date?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const report = await pushAgendas(ctx, options.date === undefined ? {} : { date: options.date })
    if (options.json) printJson(report)
    say(ctx.lang, options.json, 'cli.push_done', {
      date: report.date,
      kind: report.kind,
      sent: report.sent,
      skipped: report.skipped,
      failed: report.failed.length,
    })
    for (const failure of report.failed)
      say(ctx.lang, options.json, 'cli.push_failed', { name: failure.repName, error: failure.error })
    if (report.failed.length > 0) process.exitCode = 1
  } finally {
    await database.close()
  }
}

/** `abacus remind push` */
export function registerRemindCommands(program: Command): Command {
  const remind = program
    .command('remind')
    .description("reminders: the morning push of each rep's agenda to the chat webhook")
  remind
    .command('push')
    .description("post each rep's agenda for a day to the chat webhook, once (admin)")
    .option('--date <date>', 'YYYY-MM-DD (default: today)')
    .action(runAction(remindPushCommand))
  return remind
}
