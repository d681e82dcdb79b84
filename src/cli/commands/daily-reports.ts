import type { Command } from 'commander'
import { dailyReportForm, submitDailyReport } from '../../app/daily-reports'
import { findActor } from '../../app/find-actor'
import { dayOrToday } from '../../app/follow-ups'
import { parseInput } from '../../contracts/parse-input'
import { DailyReportFormQuerySchema, SubmitDailyReportSchema } from '../../contracts/daily-reports'
import { translate } from '../../core/i18n/translate'
import type { Lang } from '../../core/i18n/lang'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

const lines = (lang: Lang, text: string | null) => {
  if (!text) return say(lang, false, 'cli.daily_empty')
  for (const line of text.split('\n')) process.stdout.write(`  ${line}\n`)
}

/** `abacus report daily [--date DATE] [--rep EMAIL]`: the day's report, or its prefill when not checked in. */
async function dailyReportCommand(options: GlobalOptions & { date?: string; rep?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const rep = options.rep ? (await findActor(ctx, options.rep))?.id : undefined
    const form = await dailyReportForm(
      ctx,
      parseInput(DailyReportFormQuerySchema, { date: options.date, rep }),
    )
    if (options.json) return printJson(form)
    const state = form.report
      ? translate(ctx.lang, 'cli.daily_checked_in', { at: form.report.submittedAt })
      : translate(ctx.lang, 'cli.daily_not_checked_in')
    say(ctx.lang, false, 'cli.daily_head', { rep: form.repName, date: form.date, state })
    say(ctx.lang, false, 'cli.daily_done')
    lines(ctx.lang, form.report?.done ?? form.prefill.done)
    say(ctx.lang, false, 'cli.daily_plan')
    lines(ctx.lang, form.report ? form.report.plan : form.prefill.plan)
  } finally {
    await database.close()
  }
}

/**
 * `abacus report daily submit [--date DATE] [--done TEXT] [--plan TEXT]`: checks the acting user in;
 * what is left out is the prefill (the day's follow-ups and visits, tomorrow's plan).
 */
async function dailyReportSubmit(options: GlobalOptions & { date?: string; done?: string; plan?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const date = dayOrToday(ctx, options.date)
    const needsPrefill = options.done === undefined || options.plan === undefined
    const prefill = needsPrefill ? (await dailyReportForm(ctx, { date })).prefill : undefined
    const input = parseInput(SubmitDailyReportSchema, {
      date,
      done: options.done ?? prefill?.done,
      plan: options.plan ?? prefill?.plan,
    })
    const { report } = await submitDailyReport(ctx, input)
    if (options.json) printJson(report)
    say(ctx.lang, options.json, 'cli.daily_submitted', {
      date: report.date,
      followUps: report.followUps,
      visits: report.visits,
    })
  } finally {
    await database.close()
  }
}

/**
 * `abacus report daily [submit]`. `daily` declares --date and --rep, so commander gives them to it
 * even when written after `submit`: `submit` reads them through its parent's options.
 */
export function registerDailyReportCommands(report: Command): Command {
  const daily = report
    .command('daily')
    .description("a day's check-in: the report, or its prefill from the day's follow-ups and visits")
    .option('--date <date>', 'YYYY-MM-DD (default: today)')
    .option('--rep <email>', 'the rep (default: the acting user)')
    .action(runAction(dailyReportCommand))
  daily
    .command('submit')
    .description('check in for a day (again to rewrite it); what is left out is the prefill')
    .option('--date <date>', 'YYYY-MM-DD, up to tomorrow (default: today)')
    .option('--done <text>', 'what was done')
    .option('--plan <text>', "tomorrow's plan")
    .action(runAction(dailyReportSubmit))
  return daily
}
