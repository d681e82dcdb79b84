import type { Command } from 'commander'
import { findActor } from '../../app/find-actor'
import { customerIdOf } from '../../app/follow-ups'
import { listOpportunities } from '../../app/opportunity-board'
import { createOpportunity, getOpportunity, moveOpportunity } from '../../app/opportunities'
import { winLossAnalysis } from '../../app/win-loss'
import type { AppContext } from '../../app/context'
import { parseInput } from '../../contracts/parse-input'
import {
  CreateOpportunitySchema,
  MoveOpportunitySchema,
  OpportunityListQuerySchema,
  WinLossQuerySchema,
  type Opportunity,
} from '../../contracts/opportunities'
import type { Lang } from '../../core/i18n/lang'
import type { MessageKey } from '../../core/i18n/messages.en'
import { translate } from '../../core/i18n/translate'
import { formatMoney } from '../../core/money/format-money'
import { parseMoney } from '../../core/money/parse-money'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'

const stageName = (lang: Lang, stage: string) => translate(lang, `opportunityStage.${stage}` as MessageKey)
const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`)

/** Cents from "12,000.50" as people write amounts; anything else is left for the schema to refuse. */
const minorOf = (text: string | undefined) => {
  if (text === undefined) return undefined
  return parseMoney(text)?.minor ?? text
}

const ownerIdOf = async (ctx: AppContext, email: string | undefined) =>
  email ? (await findActor(ctx, email))?.id : undefined

/** `abacus opportunity add --customer ID --title T --amount 12,000 --expected DATE [--owner EMAIL] [--stage S]` */
async function opportunityAdd(
  options: GlobalOptions & {
    customer: string
    title: string
    amount: string
    expected: string
    owner?: string
    stage?: string
    note?: string
  },
) {
  const { ctx, database } = await openCli(options)
  try {
    const input = parseInput(CreateOpportunitySchema, {
      customerId: await customerIdOf(ctx, options.customer),
      ownerId: await ownerIdOf(ctx, options.owner),
      title: options.title,
      amount: minorOf(options.amount),
      expectedOn: options.expected,
      stage: options.stage,
      note: options.note,
    })
    const created = await createOpportunity(ctx, input)
    if (options.json) printJson(created)
    say(ctx.lang, options.json, 'cli.opportunity_added', {
      title: created.title,
      customer: created.customerName,
      amount: formatMoney(created.amount, ctx.lang),
      expectedOn: created.expectedOn,
      stage: stageName(ctx.lang, created.stage),
    })
  } finally {
    await database.close()
  }
}

/** `abacus opportunity list [--owner EMAIL] [--customer ID] [--stage S] [--from DATE] [--to DATE]`: every page. */
async function opportunityList(
  options: GlobalOptions & { owner?: string; customer?: string; stage?: string; from?: string; to?: string },
) {
  const { ctx, database } = await openCli(options)
  try {
    const base = {
      owner: await ownerIdOf(ctx, options.owner),
      customer: options.customer ? await customerIdOf(ctx, options.customer) : undefined,
      stage: options.stage,
      from: options.from,
      to: options.to,
      limit: 200,
    }
    const items: Opportunity[] = []
    let cursor: string | undefined
    do {
      const page = await listOpportunities(ctx, parseInput(OpportunityListQuerySchema, { ...base, cursor }))
      items.push(...page.items)
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    if (options.json) return printJson(items)
    if (items.length === 0) say(ctx.lang, false, 'cli.opportunity_none')
    for (const o of items)
      say(ctx.lang, false, 'cli.opportunity_line', {
        stage: stageName(ctx.lang, o.stage),
        title: o.title,
        customer: o.customerName,
        amount: formatMoney(o.amount, ctx.lang),
        expectedOn: o.expectedOn,
        owner: o.ownerName,
        id: o.id,
      })
  } finally {
    await database.close()
  }
}

/** `abacus opportunity move ID --stage S [--reason R] [--note TEXT] [--on DATE]`, at the version it finds. */
async function opportunityMove(
  id: string,
  options: GlobalOptions & { stage: string; reason?: string; note?: string; on?: string },
) {
  const { ctx, database } = await openCli(options)
  try {
    const input = parseInput(MoveOpportunitySchema, {
      stage: options.stage,
      lossReason: options.reason,
      lostNote: options.note,
      closedOn: options.on,
    })
    const current = await getOpportunity(ctx, id)
    const moved = await moveOpportunity(ctx, id, current.version, input)
    if (options.json) printJson(moved)
    say(ctx.lang, options.json, 'cli.opportunity_moved', {
      title: moved.title,
      stage: stageName(ctx.lang, moved.stage),
    })
  } finally {
    await database.close()
  }
}

/** `abacus opportunity analysis [--from DATE] [--to DATE] [--owner EMAIL]`: win/loss of what closed. */
async function opportunityAnalysis(options: GlobalOptions & { from?: string; to?: string; owner?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const query = parseInput(WinLossQuerySchema, {
      from: options.from,
      to: options.to,
      owner: await ownerIdOf(ctx, options.owner),
    })
    const a = await winLossAnalysis(ctx, query)
    if (options.json) return printJson(a)
    const lang = ctx.lang
    const money = (minor: number) => formatMoney(minor, lang)
    say(lang, false, 'cli.win_loss_head', {
      from: a.from,
      to: a.to,
      count: a.total.count,
      won: a.total.won,
      wonAmount: money(a.total.wonAmount),
      lost: a.total.lost,
      lostAmount: money(a.total.lostAmount),
      rate: percent(a.total.winRate),
    })
    say(lang, false, 'cli.win_loss_by_stage')
    for (const s of a.stages)
      say(lang, false, 'cli.win_loss_stage', {
        stage: stageName(lang, s.stage),
        reached: s.reached,
        lostAt: s.lostAt,
        conversion: percent(s.conversion),
      })
    if (a.reasons.length > 0) say(lang, false, 'cli.win_loss_by_reason')
    for (const r of a.reasons)
      say(lang, false, 'cli.win_loss_reason', {
        reason: translate(lang, `lossReason.${r.reason}` as MessageKey),
        count: r.count,
        amount: money(r.amount),
      })
    if (a.reps.length > 0) say(lang, false, 'cli.win_loss_by_rep')
    for (const r of a.reps)
      say(lang, false, 'cli.win_loss_rep', {
        name: r.ownerName,
        won: r.won,
        lost: r.lost,
        rate: percent(r.winRate),
        wonAmount: money(r.wonAmount),
      })
    if (a.months.length > 0) say(lang, false, 'cli.win_loss_by_month')
    for (const m of a.months)
      say(lang, false, 'cli.win_loss_month', {
        month: m.month,
        won: m.won,
        lost: m.lost,
        rate: percent(m.winRate),
      })
  } finally {
    await database.close()
  }
}

/** `abacus opportunity add | list | move | analysis` */
export function registerOpportunityCommands(program: Command): Command {
  const opportunity = program.command('opportunity').description('opportunities (商機) and the three hurdles')
  opportunity
    .command('add')
    .description('open an opportunity for a customer (by id or external id)')
    .requiredOption('--customer <id>', 'customer id or external id')
    .requiredOption('--title <text>', 'what is being sold')
    .requiredOption('--amount <amount>', 'expected amount, e.g. 120,000.00')
    .requiredOption('--expected <date>', 'expected close date, YYYY-MM-DD')
    .option('--owner <email>', "the rep (default: the customer's owner)")
    .option('--stage <stage>', 'person | platform | money', 'person')
    .option('--note <text>', 'a note')
    .action(runAction(opportunityAdd))
  opportunity
    .command('list')
    .description('opportunities the acting user may see, soonest expected close first')
    .option('--owner <email>', 'only this rep')
    .option('--customer <id>', 'only this customer')
    .option('--stage <stage>', 'person | platform | money | won | lost')
    .option('--from <date>', 'closes on or after (expected date if open, close date if won or lost)')
    .option('--to <date>', 'closes on or before')
    .action(runAction(opportunityList))
  opportunity
    .command('move <id>')
    .description('move to a stage; lost needs --reason; a closed one is reopened only by a manager or admin')
    .requiredOption('--stage <stage>', 'person | platform | money | won | lost')
    .option(
      '--reason <reason>',
      'for lost: price | budget | competitor | product_fit | relationship | timing | no_decision | other',
    )
    .option('--note <text>', 'for lost: what happened')
    .option('--on <date>', 'for won or lost: the close date, YYYY-MM-DD (default: today)')
    .action(runAction(opportunityMove))
  opportunity
    .command('analysis')
    .description('win/loss of opportunities closed in a period: by stage, lost reason, rep and month')
    .option('--from <date>', 'YYYY-MM-DD (default: the first of this month)')
    .option('--to <date>', 'YYYY-MM-DD (default: the end of this month)')
    .option('--owner <email>', 'only this rep')
    .action(runAction(opportunityAnalysis))
  return opportunity
}
