import { checkIns } from '../../app/check-ins'
import { dailyReportForm, submitDailyReport } from '../../app/daily-reports'
import { findActor } from '../../app/find-actor'
import { dayOrToday } from '../../app/follow-ups'
import { parseInput } from '../../contracts/parse-input'
import {
  CheckInsQuerySchema,
  DailyReportFormQuerySchema,
  SubmitDailyReportSchema,
} from '../../contracts/daily-reports'
import { translate } from '../../core/i18n/translate'
import type { Lang } from '../../core/i18n/lang'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'

const lines = (lang: Lang, text: string | null) => {
  if (!text) return say(lang, false, 'cli.daily_empty')
  for (const line of text.split('\n')) process.stdout.write(`  ${line}\n`)
}

/** `abacus report daily [--date DATE] [--rep EMAIL]`: the day's report, or its prefill when not checked in. */
export async function dailyReportCommand(options: GlobalOptions & { date?: string; rep?: string }) {
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
export async function dailyReportSubmit(
  options: GlobalOptions & { date?: string; done?: string; plan?: string },
) {
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

/** `abacus report checkins [--date DATE] [--team EMAIL]`: who has and has not checked in. */
export async function checkInsCommand(options: GlobalOptions & { date?: string; team?: string }) {
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
