/**
 * Cache keys of this feature. All start with 'expenses': a decision on one expense changes the
 * lists, the approval queue and the budgets' "spent" together, so one invalidation refreshes all.
 */
export const expenseKeys = {
  all: ['expenses'],
  list: (filter: object) => ['expenses', 'list', filter],
  one: (id: string) => ['expenses', 'one', id],
  budgets: (rep: string | undefined) => ['expenses', 'budgets', rep ?? ''],
} as const
