/**
 * Cache keys of this feature. All start with 'opportunities': one move changes the board's columns,
 * the customer's card and the analysis together, so one invalidation refreshes all.
 */
export const opportunityKeys = {
  all: ['opportunities'],
  board: (filter: object) => ['opportunities', 'board', filter],
  analysis: (filter: object) => ['opportunities', 'analysis', filter],
  ofCustomer: (customerId: string) => ['opportunities', 'customer', customerId],
} as const
