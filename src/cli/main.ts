import { Command, CommanderError } from 'commander'
import { translate } from '../core/i18n/translate'
import { cliLang, type GlobalOptions } from './cli-context'
import { classifyCommand } from './commands/classify'
import { demo } from './commands/demo'
import { exportData } from './commands/export'
import { agendaCommand, followUpAdd } from './commands/follow-ups'
import { importData, importUndo } from './commands/import'
import { IMPORTABLE_KINDS, type ImportableKind } from '../app/import-kinds'
import { migrate } from './commands/migrate'
import { scheduleCommand } from './commands/schedule'
import { poolAssignCommand, poolClaimCommand, poolReleaseCommand, poolReturnCommand } from './commands/pool'
import { remindPushCommand } from './commands/remind'
import { serve } from './commands/serve'
import { tokenCreate } from './commands/token-create'
import { userAdd } from './commands/user-add'
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
