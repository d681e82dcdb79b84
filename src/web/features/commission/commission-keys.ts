import type { Period } from './commission-requests'

/**
 * Cache keys of this feature, all under 'commission': a changed plan, assignment or adjustment
 * changes the statements too, so one invalidation refreshes everything.
 */
export const commissionKeys = {
  all: ['commission'],
  result: (period: Period) => ['commission', 'result', period],
  statement: (repId: string, period: Period) => ['commission', 'statement', repId, period],
  plans: ['commission', 'plans'],
  assignments: (rep?: string) => ['commission', 'assignments', rep ?? ''],
  adjustments: (rep?: string) => ['commission', 'adjustments', rep ?? ''],
} as const
