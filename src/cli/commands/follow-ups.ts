import { agenda } from '../../app/agenda'
import { findActor } from '../../app/find-actor'
import { createFollowUp, customerIdOf } from '../../app/follow-ups'
import { parseInput } from '../../contracts/parse-input'
import { AgendaQuerySchema, CreateFollowUpSchema } from '../../contracts/follow-ups'
import { translate } from '../../core/i18n/translate'
import { formatMoney } from '../../core/money/format-money'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'

/** `abacus agenda [--rep EMAIL] [--date DATE]`: the day's due and overdue customers, and collection plans due. */
export async function agendaCommand(options: GlobalOptions & { rep?: string; date?: string }) {
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

/** `abacus follow-up add --customer ID --channel phone --summary TEXT [...]` */
export async function followUpAdd(
  options: GlobalOptions & {
    customer: string
    channel: string
    summary: string
    at?: string
    duration?: string
    outcome?: string
    nextStep?: string
    nextDate?: string
  },
) {
  const { ctx, database } = await openCli(options)
  try {
    const input = parseInput(CreateFollowUpSchema, {
      customerId: await customerIdOf(ctx, options.customer),
      channel: options.channel,
      summary: options.summary,
      happenedAt: options.at,
      durationMinutes: options.duration === undefined ? undefined : Number(options.duration),
      outcome: options.outcome,
      nextStep: options.nextStep,
      nextDate: options.nextDate,
    })
    const created = await createFollowUp(ctx, input)
    if (options.json) printJson(created)
    say(ctx.lang, options.json, 'cli.follow_up_logged', {
      customer: created.customerName,
      channel: created.channel,
      date: created.happenedOn,
    })
  } finally {
    await database.close()
  }
}
