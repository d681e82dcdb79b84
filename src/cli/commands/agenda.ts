import type { Command } from 'commander'
import { agenda } from '../../app/agenda'
import { findActor } from '../../app/find-actor'
import { parseInput } from '../../contracts/parse-input'
import { AgendaQuerySchema } from '../../contracts/follow-ups'
import { translate } from '../../core/i18n/translate'
import { formatMoney } from '../../core/money/format-money'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

/**
 * `abacus agenda [--rep EMAIL] [--date DATE]`: the day's due and overdue customers, its visits still
 * to make or to review, and collection plans due.
 */
async function agendaCommand(options: GlobalOptions & { rep?: string; date?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const rep = options.rep ? (await findActor(ctx, options.rep))?.id : undefined
    const query = parseInput(AgendaQuerySchema, { rep, date: options.date })
    const day = await agenda(ctx, query)
    if (options.json) return printJson(day)
    say(ctx.lang, false, 'cli.agenda_head', {
      rep: day.repName,
      date: day.date,
      overdue: day.overdue,
      due: day.dueToday,
    })
    for (const item of day.items)
      say(ctx.lang, false, 'cli.agenda_line', {
        mark: item.overdue ? '!' : '·',
        tier: item.tier,
        name: item.customerName,
        nextDue: item.nextDue,
        late: item.overdue ? translate(ctx.lang, 'cli.agenda_late', { days: item.daysOverdue }) : '',
      })
    for (const visit of day.visits)
      say(ctx.lang, false, 'cli.agenda_visit', {
        start: visit.date === day.date ? visit.start : `${visit.date} ${visit.start}`,
        end: visit.end,
        name: visit.customerName,
        place: visit.place ? ` · ${visit.place}` : '',
        status: translate(ctx.lang, `report.visit_status.${visit.status}`),
      })
    for (const plan of day.collectionPlans)
      say(ctx.lang, false, 'cli.agenda_plan', {
        name: plan.customerName,
        dueOn: plan.dueOn,
        outstanding: formatMoney(plan.outstanding, ctx.lang),
      })
  } finally {
    await database.close()
  }
}

/** `abacus agenda` */
export function registerAgendaCommand(program: Command): Command {
  return program
    .command('agenda')
    .description("a rep's agenda for a day: overdue first, then due today, A before B before C")
    .option('--rep <email>', 'the rep (default: the acting user)')
    .option('--date <date>', 'YYYY-MM-DD (default: today)')
    .action(runAction(agendaCommand))
}
