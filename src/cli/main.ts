import { Command, CommanderError } from 'commander'
import { translate } from '../core/i18n/translate'
import { cliLang } from './cli-context'
import { registerAgendaCommand } from './commands/agenda'
import { registerAnalyzeCommands } from './commands/analyze'
import { registerAnalyzeTeamCommand } from './commands/analyze-team'
import { registerAuditCommands } from './commands/audit'
import { registerPolicyCommands } from './commands/policy'
import { registerClassifyCommand } from './commands/classify'
import { registerCommissionCommands } from './commands/commission'
import { registerDemoCommand } from './commands/demo'
import { registerBackupCommand } from './commands/backup'
import { registerEverythingCommands } from './commands/everything'
import { registerExportCommand } from './commands/export'
import { registerFollowUpCommands } from './commands/follow-ups'
import { registerImportCommands } from './commands/import'
import { registerMigrateCommand } from './commands/migrate'
import { registerOpportunityCommands } from './commands/opportunities'
import { registerPoolCommands } from './commands/pool'
import { registerRecycleBinCommands } from './commands/recycle-bin'
import { registerRemindCommands } from './commands/remind'
import { registerReportCommands } from './commands/report'
import { registerScheduleCommand } from './commands/schedule'
import { registerServeCommand } from './commands/serve'
import { registerTokenCommands } from './commands/token-create'
import { registerUserCommands } from './commands/user-add'
import { registerVisitCommands } from './commands/visits'

// `abacus agenda | head`: a reader that stops early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
  throw error
})

// The global options; every command reads them with its own (src/cli/run-action.ts).
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

// Each command, or group of commands, is declared beside its code; this order is the order of --help.
registerServeCommand(program)
registerMigrateCommand(program)
registerUserCommands(program)
registerDemoCommand(program)
registerExportCommand(program)
registerImportCommands(program)
registerBackupCommand(program)
registerEverythingCommands(program)
registerAgendaCommand(program)
registerScheduleCommand(program)
registerFollowUpCommands(program)
registerClassifyCommand(program)
registerPolicyCommands(program)
registerPoolCommands(program)
registerRecycleBinCommands(program)
registerRemindCommands(program)
registerVisitCommands(program)
registerOpportunityCommands(program)
registerAuditCommands(program)
registerReportCommands(program)
registerAnalyzeTeamCommand(registerAnalyzeCommands(program))
registerCommissionCommands(program)
registerTokenCommands(program)

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
