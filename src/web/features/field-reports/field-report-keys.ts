/**
 * Cache keys of reports from the field. Daily keys start with 'daily-reports' and monthly ones with
 * 'monthly-reports', so one invalidation after a save refreshes a feature's form, list and check-ins.
 */
export const fieldReportKeys = {
  daily: ['daily-reports'],
  dailyForm: (query: object) => ['daily-reports', 'form', query],
  dailyHistory: (query: object) => ['daily-reports', 'history', query],
  checkIns: (query: object) => ['daily-reports', 'check-ins', query],
  monthly: ['monthly-reports'],
  monthlyList: (query: object) => ['monthly-reports', 'list', query],
  monthFigures: (query: object) => ['monthly-reports', 'figures', query],
  monthlyReport: (id: string) => ['monthly-reports', 'one', id],
} as const
