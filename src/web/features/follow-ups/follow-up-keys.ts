/**
 * Cache keys of this feature. The agenda and the follow-up list start with 'follow-ups', so one
 * invalidation after a follow-up is logged refreshes both. The timeline starts with 'ledger': it
 * also lists orders and collections, and the ledger's forms invalidate 'ledger' when they save.
 */
export const followUpKeys = {
  all: ['follow-ups'],
  agenda: (query: object) => ['follow-ups', 'agenda', query],
  list: (search: object) => ['follow-ups', 'list', search],
  timelines: ['ledger', 'timeline'],
  timeline: (customerId: string) => ['ledger', 'timeline', customerId],
} as const
