import type { Command } from 'commander'
import { registerCheckInsCommand } from './check-ins'
import { registerDailyReportCommands } from './daily-reports'
import { registerHalfMonthReportCommands } from './half-month-report'
import { registerMonthlyReportCommands } from './monthly-reports'
import { registerYearEndCommand } from './year-end'

/** `abacus report daily | checkins | monthly`: reports from the field (DOMAIN.md "Reports from the field"). */
export function registerReportCommands(program: Command): Command {
  const report = program
    .command('report')
    .description('reports from the field: daily check-ins (日報) and monthly work reports (月報)')
  registerDailyReportCommands(report)
  registerCheckInsCommand(report)
  registerMonthlyReportCommands(report)
  registerHalfMonthReportCommands(report)
  registerYearEndCommand(report)
  return report
}
