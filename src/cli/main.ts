import { Command, CommanderError } from 'commander'
import { translate } from '../core/i18n/translate'
import { cliLang, type GlobalOptions } from './cli-context'
import { auditDrawCommand, auditListCommand, auditRatesCommand, auditResultCommand } from './commands/audit'
import { analyzeCustomers, analyzeGrowth, analyzeMonthly, analyzeSales } from './commands/analyze'
import { classifyCommand } from './commands/classify'
import {
  commissionAdjust,
  commissionAssign,
  commissionCommand,
  commissionPlanAdd,
  commissionPlanList,
} from './commands/commission'
import { demo } from './commands/demo'
import { exportData } from './commands/export'
import { agendaCommand, followUpAdd } from './commands/follow-ups'
import { importData, importUndo } from './commands/import'
import { IMPORTABLE_KINDS, type ImportableKind } from '../app/import-kinds'
import { migrate } from './commands/migrate'
import { scheduleCommand } from './commands/schedule'
import { poolAssignCommand, poolClaimCommand, poolReleaseCommand, poolReturnCommand } from './commands/pool'
import { remindPushCommand } from './commands/remind'
import {
  opportunityAdd,
  opportunityAnalysis,
  opportunityList,
  opportunityMove,
} from './commands/opportunities'
import { serve } from './commands/serve'
import { tokenCreate } from './commands/token-create'
import { userAdd } from './commands/user-add'
import {
  collect,
  visitActionDone,
  visitActions,
  visitCancel,
  visitCheckIn,
  visitList,
  visitMetrics,
  visitPlan,
  visitReview,
  visitShow,
  visitSweep,
} from './commands/visits'
import { checkInsCommand, dailyReportCommand, dailyReportSubmit } from './commands/daily-reports'
import {
  monthlyReportComment,
  monthlyReportCommand,
  monthlyReportList,
  monthlyReportSave,
  monthlyReportSubmit,
} from './commands/monthly-reports'
import { reportError } from './output'

// `abacus agenda | head`: a reader that stops early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

const program = new Command('abacus')
  .description('Abacus — sales and customer management')
  .option(
    '--db <url>',
    'database URL (sqlite:PATH or postgres://…); default ABACUS_DATABASE_URL or sqlite:./data/abacus.db',
  )
  .option('--lang <lang>', 'zh-Hant | zh-Hans | en')
  .option('--json', 'machine-readable output on stdout, messages on stderr')
  .option('--as <email>', 'the acting user (default: the first admin)')
  .exitOverride()
  .configureOutput({ outputError: () => {} })

/** Runs one command with the global options; errors print in the user's language, exit 1. */
const run =
  <A extends unknown[]>(work: (...args: [...A, GlobalOptions]) => Promise<void>) =>
  async (...args: unknown[]) => {
    const command = args[args.length - 1] as Command
    const options = { ...program.opts<GlobalOptions>(), ...command.opts() }
    try {
      await work(...([...args.slice(0, -2), options] as [...A, GlobalOptions]))
    } catch (error) {
      reportError(error, cliLang(options), options.json)
    }
  }

program
  .command('serve')
  .description('start the server (API, docs and web app)')
  .option('--port <port>', 'port', process.env.PORT ?? '3000')
  .option('--host <host>', 'address to listen on', '127.0.0.1')
  .action(run(serve as (o: GlobalOptions) => Promise<void>))

program.command('migrate').description('bring the database schema up to date').action(run(migrate))

const user = program.command('user').description('manage users')
user
  .command('add')
  .description('add a user (the first one must be an admin)')
  .requiredOption('--email <email>')
  .requiredOption('--name <name>')
  .requiredOption('--role <role>', 'admin | manager | rep | finance | auditor')
  .option('--manager <email>', 'their manager')
  .option('--password <password>', 'default: a generated one, printed once')
  .action(run(userAdd as (o: GlobalOptions) => Promise<void>))

program
  .command('demo')
  .description('load realistic demo data into an empty database')
  .option('--scale <scale>', 'small | large', 'small')
  .option('--seed <n>', 'random seed', '1')
  .action(run(demo as (o: GlobalOptions) => Promise<void>))

program
  .command('export <what>')
  .description('export what the acting user may see: customers, orders, collections, expenses')
  .requiredOption('--out <file>', 'FILE.csv')
  .action(run(exportData as (what: string, o: GlobalOptions) => Promise<void>))

const importCommand = program.command('import').description("import a team's spreadsheets")
const IMPORT_HELP: Record<ImportableKind, string> = {
  customers: 'import customers (with a contact per row) from XLSX or CSV',
  orders:
    'import orders from XLSX or CSV (UTF-8, Big5 or GB18030); rows sharing an order number are one order',
  collections: 'import collections (回款) from XLSX or CSV',
  expenses: 'import expenses (as drafts of their reps) from XLSX or CSV',
  'follow-ups': 'import follow-ups (跟進記錄): customer, date and time, channel, summary, next date',
}
for (const kind of IMPORTABLE_KINDS)
  importCommand
    .command(`${kind} <file>`)
    .description(IMPORT_HELP[kind])
    .option('--map <pairs>', 'field=Header,… for columns named differently')
    .option('--dry-run', 'report what would happen, write nothing')
    .option('--mode <mode>', 'all-or-nothing | skip-invalid', 'all-or-nothing')
    .action(run((file: string, o: GlobalOptions) => importData(kind, file, o as never)))
importCommand
  .command('undo <batch>')
  .description('take an import back')
  .action(run(importUndo as (batch: string, o: GlobalOptions) => Promise<void>))

program
  .command('agenda')
  .description("a rep's agenda for a day: overdue first, then due today, A before B before C")
  .option('--rep <email>', 'the rep (default: the acting user)')
  .option('--date <date>', 'YYYY-MM-DD (default: today)')
  .action(run(agendaCommand as (o: GlobalOptions) => Promise<void>))

program
  .command('schedule')
  .description("a rep's week: a slot proposed for each due or overdue customer, and what could not be placed")
  .option('--rep <email>', 'the rep (default: the acting user)')
  .option('--week <date>', 'any day of the week, YYYY-MM-DD (default: this week)')
  .action(run(scheduleCommand as (o: GlobalOptions) => Promise<void>))

program
  .command('follow-up')
  .description('follow-ups (跟進記錄)')
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
  .action(run(followUpAdd as (o: GlobalOptions) => Promise<void>))

program
  .command('classify')
  .description('ABC classification of every customer, kept as history (admin)')
  .option('--as-of <date>', 'the last day of the window, YYYY-MM-DD (default: today)')
  .action(run(classifyCommand as (o: GlobalOptions) => Promise<void>))

const pool = program.command('pool').description('the customer pool (公海)')
pool
  .command('return')
  .description('return idle customers to the pool and warn owners of those soon to return (the daily run)')
  .option('--date <date>', 'the day to run for, YYYY-MM-DD (default: today)')
  .action(run(poolReturnCommand as (o: GlobalOptions) => Promise<void>))
pool
  .command('claim <customer>')
  .description('claim a pool customer for the acting user (--as)')
  .action(run(poolClaimCommand as (customer: string, o: GlobalOptions) => Promise<void>))
pool
  .command('assign <customer>')
  .description('assign or reassign a customer')
  .requiredOption('--to <email>', 'the new owner')
  .action(run(poolAssignCommand as (customer: string, o: GlobalOptions) => Promise<void>))
pool
  .command('release <customer>')
  .description('put a customer back in the pool')
  .option('--reason <text>', 'why')
  .action(run(poolReleaseCommand as (customer: string, o: GlobalOptions) => Promise<void>))

program
  .command('remind')
  .description("reminders: the morning push of each rep's agenda to the chat webhook")
  .command('push')
  .description("post each rep's agenda for a day to the chat webhook, once (admin)")
  .option('--date <date>', 'YYYY-MM-DD (default: today)')
  .action(run(remindPushCommand as (o: GlobalOptions) => Promise<void>))

const visit = program.command('visit').description('visits (拜訪): plan → check-in → review')
visit
  .command('plan')
  .description('plan a visit to a customer (by id or external id)')
  .option('--customer <id>', 'customer id or external id')
  .option('--rep <email>', "the rep who visits (default: you, or the customer's owner)")
  .option('--date <date>', 'YYYY-MM-DD')
  .option('--start <time>', 'HH:MM on the organisation clock')
  .option('--end <time>', 'HH:MM')
  .option('--place <text>', 'where')
  .option('--why <text>', 'why this time')
  .option('--contact <id>', "a contact's id (repeatable)", collect)
  .option(
    '--objective <kind:text>',
    'relationship|product|sign|collect|service|other:text (repeatable)',
    collect,
  )
  .option(
    '--objection <objection|response>',
    'an anticipated objection and its response (repeatable)',
    collect,
  )
  .option('--material <text>', 'material to bring (repeatable)', collect)
  .option('--fab <feature|advantage|benefit>', 'a FAB item; the benefit is required (repeatable)', collect)
  .option('--file <plan.json>', 'the plan as the API body (flags add to it)')
  .action(run(visitPlan as (o: GlobalOptions) => Promise<void>))
visit
  .command('list')
  .description('visits you may see')
  .option('--rep <email>', 'only this rep')
  .option('--customer <id>', 'only this customer')
  .option('--status <status>', 'planned | checked_in | reviewed | missed | cancelled')
  .option('--when <when>', 'upcoming | past')
  .option('--from <date>', 'starting on or after')
  .option('--to <date>', 'starting on or before')
  .action(run(visitList as (o: GlobalOptions) => Promise<void>))
visit
  .command('show <id>')
  .description('a visit: plan, check-in, review, carried actions and issues')
  .action(run(visitShow as (id: string, o: GlobalOptions) => Promise<void>))
visit
  .command('check-in <id>')
  .description('check in: the actual start (default now) and place')
  .option('--at <instant>', 'ISO 8601 (default: now)')
  .option('--place <text>', 'where')
  .action(run(visitCheckIn as (id: string, o: GlobalOptions) => Promise<void>))
visit
  .command('review <id>')
  .description('write the review; creates the follow-up record')
  .option(
    '--result <n=yes|partly:reason|no:reason>',
    "an objective's result, by its number (repeatable)",
    collect,
  )
  .option('--customer-view <text>', "the customer's side")
  .option('--improve <text>', 'what to improve')
  .option('--action <text@YYYY-MM-DD>', 'an improvement action and its due date (repeatable)', collect)
  .option('--issue <text>', 'an open issue raised (repeatable)', collect)
  .option('--done-action <id>', 'a carried improvement action finished (repeatable)', collect)
  .option('--resolve-issue <id[=how]>', 'a carried open issue resolved (repeatable)', collect)
  .option('--next-step <text>', 'the next step')
  .option('--next-date <date>', 'the next follow-up date, YYYY-MM-DD')
  .option('--file <review.json>', 'the review as the API body (flags add to it)')
  .action(run(visitReview as (id: string, o: GlobalOptions) => Promise<void>))
visit
  .command('cancel <id>')
  .description('cancel a plan')
  .option('--reason <text>', 'why')
  .action(run(visitCancel as (id: string, o: GlobalOptions) => Promise<void>))
visit
  .command('actions')
  .description('improvement actions, due first')
  .option('--rep <email>', 'only this rep')
  .option('--customer <id>', 'only this customer')
  .option('--state <state>', 'open | done | all', 'open')
  .action(run(visitActions as (o: GlobalOptions) => Promise<void>))
visit
  .command('action-done <id>')
  .description('mark an improvement action done')
  .option('--on <date>', 'YYYY-MM-DD (default: today)')
  .action(run(visitActionDone as (id: string, o: GlobalOptions) => Promise<void>))
visit
  .command('metrics')
  .description('objectives achieved / planned, reviews within 24 h, actions done on time, per rep and team')
  .option('--from <date>', 'first day (default: this month)')
  .option('--to <date>', 'last day')
  .option('--rep <email>', 'one rep')
  .option('--team <email>', "a manager's team")
  .action(run(visitMetrics as (o: GlobalOptions) => Promise<void>))
visit
  .command('sweep')
  .description('mark missed the plans not checked in by their end (admin; the server does it daily)')
  .action(run(visitSweep as (o: GlobalOptions) => Promise<void>))

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
  .action(run(opportunityAdd as (o: GlobalOptions) => Promise<void>))
opportunity
  .command('list')
  .description('opportunities the acting user may see, soonest expected close first')
  .option('--owner <email>', 'only this rep')
  .option('--customer <id>', 'only this customer')
  .option('--stage <stage>', 'person | platform | money | won | lost')
  .option('--from <date>', 'closes on or after (expected date if open, close date if won or lost)')
  .option('--to <date>', 'closes on or before')
  .action(run(opportunityList as (o: GlobalOptions) => Promise<void>))
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
  .action(run(opportunityMove as (id: string, o: GlobalOptions) => Promise<void>))
opportunity
  .command('analysis')
  .description('win/loss of opportunities closed in a period: by stage, lost reason, rep and month')
  .option('--from <date>', 'YYYY-MM-DD (default: the first of this month)')
  .option('--to <date>', 'YYYY-MM-DD (default: the end of this month)')
  .option('--owner <email>', 'only this rep')
  .action(run(opportunityAnalysis as (o: GlobalOptions) => Promise<void>))

const audit = program.command('audit').description('callback audits (隨機回訪): draw, call, rates')
audit
  .command('draw')
  .description('draw a reproducible sample of what reps recorded in a period (auditor, admin)')
  .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
  .requiredOption('--to <date>', 'last day, YYYY-MM-DD')
  .option('--share <fraction>', 'share of each rep’s records, e.g. 0.1 for 10 % (rounded up)')
  .option('--count <n>', 'records per rep')
  .option('--seed <n>', 'the random seed, 0–4294967295 (default: a new one, stored with the draw)')
  .action(run(auditDrawCommand as (o: GlobalOptions) => Promise<void>))
audit
  .command('list [draw]')
  .description('the draws, newest first; with a draw id, its work list')
  .action(run(auditListCommand as (draw: string | undefined, o: GlobalOptions) => Promise<void>))
audit
  .command('result <draw> <record>')
  .description('record what the call about a sampled record (follow-up or visit id) found')
  .requiredOption('--result <result>', 'confirmed | discrepancy | unreachable')
  .option('--satisfaction <n>', "the customer's satisfaction, 1–5 (not needed when unreachable)")
  .option('--note <text>', 'what the customer said (required for a discrepancy)')
  .option('--called-on <date>', 'the day of the call, YYYY-MM-DD (default: today)')
  .option('--version <n>', 'to correct a recorded result: the version corrected')
  .action(run(auditResultCommand as (draw: string, record: string, o: GlobalOptions) => Promise<void>))
audit
  .command('rates')
  .description("each rep's confirmation rate and satisfaction, of a draw or a period (default: this month)")
  .option('--draw <id>', 'one draw')
  .option('--from <date>', 'YYYY-MM-DD')
  .option('--to <date>', 'YYYY-MM-DD')
  .action(run(auditRatesCommand as (o: GlobalOptions) => Promise<void>))

// Reports from the field (日報 / 月報, DOMAIN.md "Reports from the field").
const repeated = (value: string, previous: string[] = []) => [...previous, value]
// Commander gives `--date`, `--month`, `--rep` written after a subcommand to its parent when both
// declare them: the subcommands read their parent's too.
const withParent =
  <O extends GlobalOptions>(parent: Command, work: (options: O) => Promise<void>) =>
  (options: GlobalOptions) =>
    work({ ...parent.opts(), ...options } as O)
const report = program
  .command('report')
  .description('reports from the field: daily check-ins (日報) and monthly work reports (月報)')
const daily = report
  .command('daily')
  .description("a day's check-in: the report, or its prefill from the day's follow-ups and visits")
  .option('--date <date>', 'YYYY-MM-DD (default: today)')
  .option('--rep <email>', 'the rep (default: the acting user)')
  .action(run(dailyReportCommand as (o: GlobalOptions) => Promise<void>))
daily
  .command('submit')
  .description('check in for a day (again to rewrite it); what is left out is the prefill')
  .option('--date <date>', 'YYYY-MM-DD, up to tomorrow (default: today)')
  .option('--done <text>', 'what was done')
  .option('--plan <text>', "tomorrow's plan")
  .action(run(withParent(daily, dailyReportSubmit)))
report
  .command('checkins')
  .description('who has and has not checked in on a day')
  .option('--date <date>', 'YYYY-MM-DD (default: today)')
  .option('--team <email>', "only this manager's team")
  .action(run(checkInsCommand as (o: GlobalOptions) => Promise<void>))
const monthly = report
  .command('monthly')
  .description("a month's work report, or its live numbers when there is none yet")
  .option('--month <month>', 'YYYY-MM (default: this month)')
  .option('--rep <email>', 'the rep (default: the acting user)')
  .action(run(monthlyReportCommand as (o: GlobalOptions) => Promise<void>))
monthly
  .command('list')
  .description('monthly reports you may see')
  .option('--month <month>', 'YYYY-MM')
  .option('--rep <email>', 'only this rep')
  .option('--status <status>', 'draft | submitted')
  .action(run(withParent(monthly, monthlyReportList)))
monthly
  .command('save')
  .description('write your draft for a month; every --problem needs its --solution (in order)')
  .option('--month <month>', 'YYYY-MM (default: this month)')
  .option('--summary <text>', "the month's summary")
  .option('--problem <text>', 'a problem (repeatable)', repeated)
  .option('--solution <text>', 'its proposed solution (repeatable, paired in order)', repeated)
  .option('--plan <text>', "next month's plan")
  .action(run(withParent(monthly, monthlyReportSave)))
monthly
  .command('submit')
  .description('submit your draft: its numbers are frozen from now on')
  .option('--month <month>', 'YYYY-MM (default: this month)')
  .action(run(withParent(monthly, monthlyReportSubmit)))
monthly
  .command('comment')
  .description("comment on a rep's submitted report (their managers, admins)")
  .option('--rep <email>', 'the rep (required)')
  .option('--month <month>', 'YYYY-MM (default: this month)')
  .requiredOption('--text <text>', 'the comment')
  .action(run(withParent(monthly, monthlyReportComment)))

const analyze = program
  .command('analyze')
  .description('gain/loss analyses (得失分析) of what the acting user may see')
analyze
  .command('customers')
  .description('customer gain/loss of a period against the previous one (default this year against last)')
  .option('--from <date>', 'first day of the period, YYYY-MM-DD')
  .option('--to <date>', 'last day of the period, YYYY-MM-DD')
  .option('--prev-from <date>', 'first day of the previous period (default: equal length just before)')
  .option('--prev-to <date>', 'last day of the previous period')
  .option('--breakdown', 'also by rep, tier and region, and the lost reasons')
  .action(run(analyzeCustomers as (o: GlobalOptions) => Promise<void>))
analyze
  .command('sales')
  .description(
    'two periods compared: sales, collections, receivables, expenses, expense ratio, new customers',
  )
  .option('--from <date>', 'first day of the period, YYYY-MM-DD')
  .option('--to <date>', 'last day of the period, YYYY-MM-DD')
  .option('--prev-from <date>', 'first day of the period compared with (default: equal length just before)')
  .option('--prev-to <date>', 'last day of the period compared with')
  .action(run(analyzeSales as (o: GlobalOptions) => Promise<void>))
analyze
  .command('monthly')
  .description('sales and collections by month (default this year)')
  .option('--from <date>', 'YYYY-MM-DD')
  .option('--to <date>', 'YYYY-MM-DD')
  .action(run(analyzeMonthly as (o: GlobalOptions) => Promise<void>))
analyze
  .command('growth')
  .description('sales by year, quarter or month with growth and CAGR')
  .option('--from <date>', 'YYYY-MM-DD (default: 1 January two years ago)')
  .option('--to <date>', 'YYYY-MM-DD (default: today)')
  .option('--by <unit>', 'year | quarter | month', 'year')
  .action(run(analyzeGrowth as (o: GlobalOptions) => Promise<void>))

const commission = program
  .command('commission')
  .description(
    "commission (提成): each rep's collections and commission for a period; --rep for the statement",
  )
  .option('--from <date>', 'YYYY-MM-DD (default: the first of this month)')
  .option('--to <date>', 'YYYY-MM-DD (default: the end of this month)')
  .option('--rep <email>', 'one rep, with the statement line by line')
  .action(run(commissionCommand as (o: GlobalOptions) => Promise<void>))
const commissionPlan = commission.command('plan').description('commission plans (admin, finance)')
commissionPlan
  .command('add')
  .description(
    'add a plan from a JSON file: {"name","mode":"progressive"|"whole","brackets":[{"from":0,"to":10000000,"rateBp":300},{"from":10000000,"to":null,"rateBp":500}],"newCustomerBonus":50000,"bonusMinOrder":null} — money in cents, rates in basis points (300 = 3 %)',
  )
  .requiredOption('--file <file>', 'plan.json')
  .action(run(commissionPlanAdd as (o: GlobalOptions) => Promise<void>))
commissionPlan
  .command('list')
  .description('the plans with their brackets')
  .action(run(commissionPlanList as (o: GlobalOptions) => Promise<void>))
commission
  .command('assign')
  .description('assign a plan to a rep for a period (admin, finance); never overlapping another of theirs')
  .option('--rep <email>', 'the rep (required)')
  .requiredOption('--plan <plan>', 'plan id or exact name')
  .option('--from <date>', 'first day, YYYY-MM-DD (required)')
  .option('--to <date>', 'last day, YYYY-MM-DD (required)')
  // `commission` itself takes --rep, --from and --to, and commander gives them to it: read them there.
  .action(
    run((o: GlobalOptions) =>
      commissionAssign({ ...commission.opts<Record<string, string>>(), ...o } as never),
    ),
  )
commission
  .command('adjust')
  .description("adjust a rep's commission, signed, with a reason (admin, finance)")
  .option('--rep <email>', 'the rep (required)')
  .option('--from <date>', 'first day of the period it concerns, YYYY-MM-DD (required)')
  .option('--to <date>', 'last day (required): the adjustment counts in the period holding this day')
  .requiredOption('--amount <amount>', 'e.g. 2,000.00 or -500.00 (write --amount=-500.00)')
  .option('--reason <text>', 'why (required)')
  .action(
    run((o: GlobalOptions) =>
      commissionAdjust({ ...commission.opts<Record<string, string>>(), ...o } as never),
    ),
  )

program
  .command('token')
  .description('personal API tokens')
  .command('create')
  .requiredOption('--name <name>')
  .action(run(tokenCreate as (o: GlobalOptions) => Promise<void>))

try {
  await program.parseAsync(process.argv)
} catch (error) {
  // Usage errors (unknown option, missing argument): exit 2 as DESIGN.md says; help and version exit 0.
  if (error instanceof CommanderError) {
    if (error.exitCode !== 0) {
      const lang = cliLang({ lang: process.argv.find((_, i, a) => a[i - 1] === '--lang') })
      process.stderr.write(
        translate(lang, 'error.usage', { detail: error.message.replace(/^error: /, '') }) + '\n',
      )
    }
    process.exitCode = error.exitCode === 0 ? 0 : 2
  } else throw error
}
