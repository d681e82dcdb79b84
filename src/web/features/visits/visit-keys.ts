/**
 * Cache keys of visits. Everything starts with 'visits', so one invalidation after a save refreshes
 * lists, details, briefs, actions and metrics; a review also logs a follow-up ('follow-ups', 'ledger').
 */
export const visitKeys = {
  all: ['visits'],
  list: (search: object) => ['visits', 'list', search],
  one: (id: string) => ['visits', 'one', id],
  brief: (id: string) => ['visits', 'brief', id],
  carried: (customer: string) => ['visits', 'carried', customer],
  actions: (query: object) => ['visits', 'actions', query],
  metrics: (query: object) => ['visits', 'metrics', query],
} as const
