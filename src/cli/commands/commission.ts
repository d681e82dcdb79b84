import type { Command } from 'commander'
import { readFile } from 'node:fs/promises'
import { computeCommission } from '../../app/commission'
import { createAdjustment } from '../../app/commission-adjustments'
import { createAssignment } from '../../app/commission-assignments'
import { createPlan, listPlans } from '../../app/commission-plans'
import type { AppContext } from '../../app/context'
import { findActor } from '../../app/find-actor'
import {
  CommissionQuerySchema,
  CreateAdjustmentSchema,
  CreateAssignmentSchema,
  PlanInputSchema,
} from '../../contracts/commission'
import { parseInput } from '../../contracts/parse-input'
import { AppError } from '../../core/app-error'
import { formatRateBp } from '../../core/commission/rate-text'
import { translate } from '../../core/i18n/translate'
import { formatMoney } from '../../core/money/format-money'
import { parseMoney } from '../../core/money/parse-money'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { runAction } from '../run-action'
import { bracketRange, statementText } from './commission-text'

const repIdOf = async (ctx: AppContext, email: string | undefined) =>
  email ? (await findActor(ctx, email))?.id : undefined

/** A plan by id or by its exact name (what a person remembers). */
async function planIdOf(ctx: AppContext, ref: string) {
  const plans = (await listPlans(ctx)).items
  return (plans.find((p) => p.id === ref) ?? plans.find((p) => p.name === ref))?.id ?? ref
}

/**
 * `abacus commission [--from DATE] [--to DATE] [--rep EMAIL]`: each rep's collections and
 * commission for the period; with --rep, the whole statement line by line. --json prints the
 * statements (integer minor units), exactly as GET /api/v1/commission.
 */
async function commissionCommand(options: GlobalOptions & { from?: string; to?: string; rep?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const query = parseInput(CommissionQuerySchema, {
      from: options.from,
      to: options.to,
      rep: await repIdOf(ctx, options.rep),
    })
    const result = await computeCommission(ctx, query)
    if (options.json) return printJson(result)
    const money = (minor: number) => formatMoney(minor, ctx.lang)
    say(ctx.lang, false, 'cli.commission_head', {
      from: result.from,
      to: result.to,
      count: result.reps.length,
      total: money(result.total),
    })
    for (const rep of result.reps) {
      say(ctx.lang, false, 'cli.commission_rep', {
        rep: rep.repName,
        collected: money(rep.collected),
        total: money(rep.total),
      })
      if (options.rep) for (const line of statementText(ctx.lang, rep)) process.stdout.write(`  ${line}\n`)
    }
  } finally {
    await database.close()
  }
}

/** `abacus commission plan add --file plan.json`: the plan as the API takes it (see --help). */
async function commissionPlanAdd(options: GlobalOptions & { file: string }) {
  const { ctx, database } = await openCli(options)
  try {
    let body: unknown
    try {
      body = JSON.parse(await readFile(options.file, 'utf8'))
    } catch (error) {
      throw new AppError('validation', 'error.commission_plan_file', {
        file: options.file,
        detail: error instanceof Error ? error.message : String(error),
      })
    }
    const plan = await createPlan(ctx, parseInput(PlanInputSchema, body))
    if (options.json) printJson(plan)
    say(ctx.lang, options.json, 'cli.commission_plan_saved', { name: plan.name, id: plan.id })
  } finally {
    await database.close()
  }
}

/** `abacus commission plan list` */
async function commissionPlanList(options: GlobalOptions) {
  const { ctx, database } = await openCli(options)
  try {
    const { items } = await listPlans(ctx)
    if (options.json) return printJson(items)
    if (items.length === 0) say(ctx.lang, false, 'cli.commission_no_plans')
    for (const p of items)
      say(ctx.lang, false, 'cli.commission_plan_line', {
        name: p.name,
        mode: translate(ctx.lang, `commissionMode.${p.mode}`),
        brackets: p.brackets
          .map((b) => `[${bracketRange(ctx.lang, b.from, b.to)}] ${formatRateBp(b.rateBp)}%`)
          .join(', '),
        bonus: formatMoney(p.newCustomerBonus, ctx.lang),
        id: p.id,
      })
  } finally {
    await database.close()
  }
}

/** `abacus commission assign --rep EMAIL --plan ID|NAME --from DATE --to DATE` */
async function commissionAssign(
  options: GlobalOptions & { rep?: string; plan: string; from?: string; to?: string },
) {
  const { ctx, database } = await openCli(options)
  try {
    const input = parseInput(CreateAssignmentSchema, {
      repId: await repIdOf(ctx, options.rep),
      planId: await planIdOf(ctx, options.plan),
      periodFrom: options.from,
      periodTo: options.to,
    })
    const created = await createAssignment(ctx, input)
    if (options.json) printJson(created)
    say(ctx.lang, options.json, 'cli.commission_assigned', {
      plan: created.planName,
      rep: created.repName,
      from: created.periodFrom,
      to: created.periodTo,
      id: created.id,
    })
  } finally {
    await database.close()
  }
}

/** `abacus commission adjust --rep EMAIL --from DATE --to DATE --amount -1,500.00 --reason TEXT` */
async function commissionAdjust(
  options: GlobalOptions & { rep?: string; from?: string; to?: string; amount: string; reason?: string },
) {
  const { ctx, database } = await openCli(options)
  try {
    const input = parseInput(CreateAdjustmentSchema, {
      repId: await repIdOf(ctx, options.rep),
      periodFrom: options.from,
      periodTo: options.to,
      amount: parseMoney(options.amount)?.minor ?? options.amount,
      reason: options.reason,
    })
    const created = await createAdjustment(ctx, input)
    if (options.json) printJson(created)
    say(ctx.lang, options.json, 'cli.commission_adjusted', {
      amount: formatMoney(created.amount, ctx.lang),
      rep: created.repName,
      from: created.periodFrom,
      to: created.periodTo,
      reason: created.reason,
    })
  } finally {
    await database.close()
  }
}

/**
 * `abacus commission [plan add | plan list | assign | adjust]`. `commission` itself takes --rep,
 * --from and --to, so commander gives them to it even when written after `assign` or `adjust`:
 * those read them through their parent's options.
 */
export function registerCommissionCommands(program: Command): Command {
  const commission = program
    .command('commission')
    .description(
      "commission (提成): each rep's collections and commission for a period; --rep for the statement",
    )
    .option('--from <date>', 'YYYY-MM-DD (default: the first of this month)')
    .option('--to <date>', 'YYYY-MM-DD (default: the end of this month)')
    .option('--rep <email>', 'one rep, with the statement line by line')
    .action(runAction(commissionCommand))
  const plan = commission.command('plan').description('commission plans (admin, finance)')
  plan
    .command('add')
    .description(
      'add a plan from a JSON file: {"name","mode":"progressive"|"whole","brackets":[{"from":0,"to":10000000,"rateBp":300},{"from":10000000,"to":null,"rateBp":500}],"newCustomerBonus":50000,"bonusMinOrder":null} — money in cents, rates in basis points (300 = 3 %)',
    )
    .requiredOption('--file <file>', 'plan.json')
    .action(runAction(commissionPlanAdd))
  plan.command('list').description('the plans with their brackets').action(runAction(commissionPlanList))
  commission
    .command('assign')
    .description('assign a plan to a rep for a period (admin, finance); never overlapping another of theirs')
    .option('--rep <email>', 'the rep (required)')
    .requiredOption('--plan <plan>', 'plan id or exact name')
    .option('--from <date>', 'first day, YYYY-MM-DD (required)')
    .option('--to <date>', 'last day, YYYY-MM-DD (required)')
    .action(runAction(commissionAssign))
  commission
    .command('adjust')
    .description("adjust a rep's commission, signed, with a reason (admin, finance)")
    .option('--rep <email>', 'the rep (required)')
    .option('--from <date>', 'first day of the period it concerns, YYYY-MM-DD (required)')
    .option('--to <date>', 'last day (required): the adjustment counts in the period holding this day')
    .requiredOption('--amount <amount>', 'e.g. 2,000.00 or -500.00 (write --amount=-500.00)')
    .option('--reason <text>', 'why (required)')
    .action(runAction(commissionAdjust))
  return commission
}
