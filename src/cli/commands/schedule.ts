import type { Command } from 'commander'
import { findActor } from '../../app/find-actor'
import { proposeWeek } from '../../app/schedule'
import type { WeekScheduleDto } from '../../contracts/schedule'
import { addDays } from '../../core/dates/local-date'
import { isoWeekday } from '../../core/follow-ups/iso-weekday'
import type { Lang } from '../../core/i18n/lang'
import { translate } from '../../core/i18n/translate'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

type Proposed = WeekScheduleDto['proposed'][number]

/** "3 d overdue (due 2026-11-24)" or "Due 2026-11-26". */
const dueText = (lang: Lang, v: { nextDue: string; overdue: boolean; daysOverdue: number }) =>
  v.overdue
    ? translate(lang, 'schedule.overdue', { days: v.daysOverdue, date: v.nextDue })
    : translate(lang, 'schedule.due_on', { date: v.nextDue })

/** Why the customer is due: never followed up, the next date set, or the tier's interval. */
const whyText = (lang: Lang, p: Proposed) =>
  p.dueReason === 'interval'
    ? translate(lang, 'schedule.due.interval', {
        tier: p.tier,
        days: p.intervalDays,
        last: p.lastFollowUpOn ?? '',
      })
    : translate(lang, `schedule.due.${p.dueReason}`)

/**
 * `abacus schedule [--rep EMAIL] [--week DATE]`: the week's proposed slots day by day, with the
 * planned visits among them, then what could not be placed and why.
 */
async function scheduleCommand(options: GlobalOptions & { rep?: string; week?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const rep = options.rep ? (await findActor(ctx, options.rep))?.id : undefined
    const week = await proposeWeek(ctx, { rep, week: options.week })
    if (options.json) return printJson(week)
    const lang = ctx.lang
    say(lang, false, 'cli.schedule_head', {
      rep: week.repName,
      from: week.weekStart,
      to: week.weekEnd,
      proposed: week.proposed.length,
      accepted: week.accepted.length,
      unplaced: week.unplaced.length,
    })
    for (let i = 0; i < 7; i++) {
      const date = addDays(week.weekStart, i)
      const lines = [
        ...week.proposed
          .filter((p) => p.date === date)
          .map((p) => ({
            start: p.start,
            text: translate(lang, 'cli.schedule_slot', {
              start: p.start,
              end: p.end,
              tier: p.tier,
              name: p.customerName,
              due: dueText(lang, p),
              why: whyText(lang, p),
            }),
          })),
        ...week.accepted
          .filter((s) => s.date === date)
          .map((s) => ({
            start: s.start,
            text: translate(lang, 'cli.schedule_planned', {
              start: s.start,
              end: s.end,
              tier: s.tier ?? '-',
              name: s.customerName,
            }),
          })),
      ].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
      say(lang, false, 'cli.schedule_day', { weekday: translate(lang, `weekday.${isoWeekday(date)}`), date })
      if (lines.length === 0) say(lang, false, 'cli.schedule_free')
      for (const line of lines) process.stdout.write(line.text + '\n')
    }
    if (week.unplaced.length === 0) return
    say(lang, false, 'cli.schedule_unplaced_head')
    for (const u of week.unplaced)
      say(lang, false, 'cli.schedule_unplaced', {
        tier: u.tier,
        name: u.customerName,
        due: dueText(lang, u),
        reason: translate(lang, `schedule.reason.${u.reason}`),
      })
  } finally {
    await database.close()
  }
}

/** `abacus schedule` */
export function registerScheduleCommand(program: Command): Command {
  return program
    .command('schedule')
    .description(
      "a rep's week: a slot proposed for each due or overdue customer, and what could not be placed",
    )
    .option('--rep <email>', 'the rep (default: the acting user)')
    .option('--week <date>', 'any day of the week, YYYY-MM-DD (default: this week)')
    .action(runAction(scheduleCommand))
}
