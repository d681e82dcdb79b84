import type { Command } from 'commander'
import { findActor } from '../../app/find-actor'
import { repMonthFigures } from '../../app/month-figures'
import { addMonthlyReportComment } from '../../app/monthly-report-comments'
import {
  createMonthlyReport,
  findMonthlyReportFor,
  listMonthlyReports,
  submitMonthlyReport,
  updateMonthlyReport,
} from '../../app/monthly-reports'
import type { AppContext } from '../../app/context'
import { dayOrToday } from '../../app/follow-ups'
import {
  CreateCommentSchema,
  CreateMonthlyReportSchema,
  MonthFiguresQuerySchema,
  MonthlyReportListQuerySchema,
  type MonthFigures,
  type MonthlyReport,
} from '../../contracts/monthly-reports'
import { parseInput } from '../../contracts/parse-input'
import { AppError } from '../../core/app-error'
import { monthOf } from '../../core/field-reports/month'
import type { Lang } from '../../core/i18n/lang'
import { translate } from '../../core/i18n/translate'
import { formatMoney } from '../../core/money/format-money'
import { openCli, type GlobalOptions } from '../cli-context'
import { printJson, say } from '../output'
import { collect } from '../collect'
import { runAction } from '../run-action'

type MonthOptions = GlobalOptions & { month?: string; rep?: string }

const monthOrThis = (ctx: AppContext, month?: string) => month ?? monthOf(dayOrToday(ctx))

const repIdOf = async (ctx: AppContext, email?: string) =>
  email ? ((await findActor(ctx, email))?.id ?? email) : undefined

function printFigures(lang: Lang, f: MonthFigures) {
  say(lang, false, 'cli.monthly_sales', {
    count: f.ordersCount,
    total: formatMoney(f.ordersTotal, lang),
    collected: formatMoney(f.collected, lang),
    receivable: formatMoney(f.receivable, lang),
  })
  say(lang, false, 'cli.monthly_work', {
    newCustomers: f.newCustomers,
    followUps: f.followUps,
    visits: f.visits,
    coverage: f.coverage === null ? '—' : `${(f.coverage * 100).toFixed(1)} %`,
    expenses: formatMoney(f.expensesApproved, lang),
  })
}

function printReport(lang: Lang, r: MonthlyReport) {
  const status = translate(lang, `report.status.${r.status}`)
  say(lang, false, 'cli.monthly_head', { rep: r.repName, month: r.month, status })
  if (r.figuresFrozen) say(lang, false, 'cli.monthly_frozen', { at: r.submittedAt ?? '' })
  else say(lang, false, 'cli.monthly_live')
  printFigures(lang, r.figures)
  if (r.summary) {
    say(lang, false, 'cli.monthly_summary')
    process.stdout.write(`  ${r.summary}\n`)
  }
  say(lang, false, 'cli.monthly_problems')
  r.problems.forEach((p, i) => say(lang, false, 'cli.monthly_problem', { n: i + 1, ...p }))
  if (r.nextMonthPlan) {
    say(lang, false, 'cli.monthly_plan')
    process.stdout.write(`  ${r.nextMonthPlan}\n`)
  }
  if (r.comments.length > 0) {
    say(lang, false, 'cli.monthly_comments')
    for (const c of r.comments)
      say(lang, false, 'cli.monthly_comment', { author: c.authorName, at: c.createdAt, body: c.body })
  }
}

/** `abacus report monthly [--month YYYY-MM] [--rep EMAIL]`: the report, or the month's live numbers. */
async function monthlyReportCommand(options: MonthOptions) {
  const { ctx, database } = await openCli(options)
  try {
    const query = parseInput(MonthFiguresQuerySchema, {
      month: monthOrThis(ctx, options.month),
      rep: await repIdOf(ctx, options.rep),
    })
    const live = await repMonthFigures(ctx, query)
    const report = await findMonthlyReportFor(ctx, live.repId, live.month)
    if (options.json) return printJson(report ?? { report: null, ...live })
    if (report) return printReport(ctx.lang, report)
    say(ctx.lang, false, 'cli.monthly_none', { rep: live.repName, month: live.month })
    printFigures(ctx.lang, live.figures)
  } finally {
    await database.close()
  }
}

/** `abacus report monthly list [--month] [--rep EMAIL] [--status draft|submitted]` */
async function monthlyReportList(options: MonthOptions & { status?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const query = parseInput(MonthlyReportListQuerySchema, {
      month: options.month,
      rep: await repIdOf(ctx, options.rep),
      status: options.status,
      limit: 200,
    })
    const { items } = await listMonthlyReports(ctx, query)
    if (options.json) return printJson(items)
    if (items.length === 0) say(ctx.lang, false, 'cli.monthly_list_empty')
    for (const r of items)
      say(ctx.lang, false, 'cli.monthly_report_line', {
        month: r.month,
        rep: r.repName,
        status: translate(ctx.lang, `report.status.${r.status}`),
        problems: r.problems,
        comments: r.comments,
      })
  } finally {
    await database.close()
  }
}

/**
 * `abacus report monthly save [--month] [--summary T] [--problem T --solution T]… [--plan T]`: writes
 * the acting user's draft, creating it the first time. Problems pair with solutions in order.
 */
async function monthlyReportSave(
  options: GlobalOptions & {
    month?: string
    summary?: string
    problem?: string[]
    solution?: string[]
    plan?: string
  },
) {
  const { ctx, database } = await openCli(options)
  try {
    const problems = options.problem?.map((problem, i) => ({ problem, solution: options.solution?.[i] }))
    const input = parseInput(CreateMonthlyReportSchema, {
      month: monthOrThis(ctx, options.month),
      summary: options.summary,
      problems,
      nextMonthPlan: options.plan,
    })
    const existing = ctx.actor ? await findMonthlyReportFor(ctx, ctx.actor.id, input.month) : null
    const saved = existing
      ? await updateMonthlyReport(ctx, existing.id, existing.version, {
          summary: options.summary === undefined ? undefined : input.summary,
          problems: problems === undefined ? undefined : input.problems,
          nextMonthPlan: options.plan === undefined ? undefined : input.nextMonthPlan,
        })
      : await createMonthlyReport(ctx, input)
    if (options.json) printJson(saved)
    say(ctx.lang, options.json, 'cli.monthly_saved', { month: saved.month })
  } finally {
    await database.close()
  }
}

/** `abacus report monthly submit [--month]`: submits the acting user's draft, freezing its numbers. */
async function monthlyReportSubmit(options: GlobalOptions & { month?: string }) {
  const { ctx, database } = await openCli(options)
  try {
    const month = parseInput(MonthFiguresQuerySchema, { month: monthOrThis(ctx, options.month) }).month
    const existing = ctx.actor ? await findMonthlyReportFor(ctx, ctx.actor.id, month) : null
    if (!existing) throw new AppError('not_found')
    const submitted = await submitMonthlyReport(ctx, existing.id, existing.version)
    if (options.json) printJson(submitted)
    say(ctx.lang, options.json, 'cli.monthly_submitted', { month: submitted.month })
  } finally {
    await database.close()
  }
}

/** `abacus report monthly comment --rep EMAIL [--month] --text T`: a manager's comment. */
async function monthlyReportComment(options: MonthOptions & { text: string }) {
  const { ctx, database } = await openCli(options)
  try {
    if (!options.rep)
      throw new AppError('validation', 'error.validation', {}, [{ path: 'rep', key: 'field.required' }])
    const query = parseInput(MonthFiguresQuerySchema, {
      month: monthOrThis(ctx, options.month),
      rep: await repIdOf(ctx, options.rep),
    })
    const { body } = parseInput(CreateCommentSchema, { body: options.text })
    const report = await findMonthlyReportFor(ctx, query.rep ?? '', query.month)
    if (!report) throw new AppError('not_found')
    const comment = await addMonthlyReportComment(ctx, report.id, body)
    if (options.json) printJson(comment)
    say(ctx.lang, options.json, 'cli.monthly_commented', { rep: report.repName, month: report.month })
  } finally {
    await database.close()
  }
}

/**
 * `abacus report monthly [list | save | submit | comment]`. `monthly` declares --month and --rep, so
 * commander gives them to it even when written after a subcommand: the subcommands read them
 * through their parent's options.
 */
export function registerMonthlyReportCommands(report: Command): Command {
  const monthly = report
    .command('monthly')
    .description("a month's work report, or its live numbers when there is none yet")
    .option('--month <month>', 'YYYY-MM (default: this month)')
    .option('--rep <email>', 'the rep (default: the acting user)')
    .action(runAction(monthlyReportCommand))
  monthly
    .command('list')
    .description('monthly reports you may see')
    .option('--month <month>', 'YYYY-MM')
    .option('--rep <email>', 'only this rep')
    .option('--status <status>', 'draft | submitted')
    .action(runAction(monthlyReportList))
  monthly
    .command('save')
    .description('write your draft for a month; every --problem needs its --solution (in order)')
    .option('--month <month>', 'YYYY-MM (default: this month)')
    .option('--summary <text>', "the month's summary")
    .option('--problem <text>', 'a problem (repeatable)', collect)
    .option('--solution <text>', 'its proposed solution (repeatable, paired in order)', collect)
    .option('--plan <text>', "next month's plan")
    .action(runAction(monthlyReportSave))
  monthly
    .command('submit')
    .description('submit your draft: its numbers are frozen from now on')
    .option('--month <month>', 'YYYY-MM (default: this month)')
    .action(runAction(monthlyReportSubmit))
  monthly
    .command('comment')
    .description("comment on a rep's submitted report (their managers, admins)")
    .option('--rep <email>', 'the rep (required)')
    .option('--month <month>', 'YYYY-MM (default: this month)')
    .requiredOption('--text <text>', 'the comment')
    .action(runAction(monthlyReportComment))
  return monthly
}
