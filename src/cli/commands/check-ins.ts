import type { Command } from 'commander'
import { checkIns } from '../../app/check-ins'
import { findActor } from '../../app/find-actor'
import { parseInput } from '../../contracts/parse-input'
import { CheckInsQuerySchema } from '../../contracts/daily-reports'
import { translate } from '../../core/i18n/translate'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

/** `abacus report checkins [--date DATE] [--team EMAIL]`: who has and has not checked in. */
async function checkInsCommand(options: GlobalOptions & { date?: string; team?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const team = options.team ? (await findActor(ctx, options.team))?.id : undefined
    const day = await checkIns(ctx, parseInput(CheckInsQuerySchema, { date: options.date, team }))
    if (options.json) return printJson(day)
    say(ctx.lang, false, 'cli.checkins_head', {
      date: day.date,
      checked: day.checkedIn,
      missing: day.missing,
    })
    for (const r of day.reps)
      say(ctx.lang, false, 'cli.checkins_line', {
        mark: r.reportId ? '✓' : '✗',
        rep: r.repName,
        state: r.submittedAt
          ? translate(ctx.lang, 'cli.daily_checked_in', { at: r.submittedAt })
          : translate(ctx.lang, 'cli.checkins_missing'),
        followUps: r.followUps,
        visits: r.visits,
      })
  } finally {
    await database.close()
  }
}

/** `abacus report checkins` */
export function registerCheckInsCommand(report: Command): Command {
  return report
    .command('checkins')
    .description('who has and has not checked in on a day')
    .option('--date <date>', 'YYYY-MM-DD (default: today)')
    .option('--team <email>', "only this manager's team")
    .action(runAction(checkInsCommand))
}
