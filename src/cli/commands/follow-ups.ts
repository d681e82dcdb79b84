import type { Command } from 'commander'
import { createFollowUp, customerIdOf } from '../../app/follow-ups'
import { translate } from '../../core/i18n/translate'
import { parseInput } from '../../contracts/parse-input'
import { CreateFollowUpSchema } from '../../contracts/follow-ups'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

/** `abacus follow-up add --customer ID --channel phone --summary TEXT [...]` */
async function followUpAdd(
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
      channel: translate(ctx.lang, `report.channel.${created.channel}`),
      date: created.happenedOn,
    })
  } finally {
    await database.close()
  }
}

/** `abacus follow-up add` */
export function registerFollowUpCommands(program: Command): Command {
  const followUp = program.command('follow-up').description('follow-ups (跟進記錄)')
  followUp
    .command('add')
    .description('log a follow-up of a customer (by id or external id)')
    .requiredOption('--customer <id>', 'customer id or external id')
    .requiredOption('--channel <channel>', 'visit | phone | message | email | meeting | meal | other')
    .requiredOption('--summary <text>', 'what was said or done')
    .option('--at <instant>', 'when, ISO 8601 (default: now)')
    .option('--duration <minutes>', 'how long, in minutes')
    .option('--outcome <text>', 'the outcome')
    .option('--next-step <text>', 'the next step')
    .option('--next-date <date>', 'the next follow-up date, YYYY-MM-DD')
    .action(runAction(followUpAdd))
  return followUp
}
