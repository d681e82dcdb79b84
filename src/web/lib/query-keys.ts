/**
 * Every cache key in one place. Customer keys all start with 'customers', so one invalidation after
 * a save refreshes the list, the count, the record and its history together.
 */
export const queryKeys = {
  setup: ['setup'],
  me: ['me'],
  users: ['users'],
  followUpPolicy: ['follow-up-policy'],
  tokens: ['tokens'],
  customers: ['customers'],
  customerList: (search: object) => ['customers', 'list', search],
  customerCount: (filter: object) => ['customers', 'count', filter],
  customer: (id: string) => ['customers', 'one', id],
  customerHistory: (id: string) => ['customers', 'history', id],
  deletedCustomers: ['customers', 'deleted'],
  customerOptions: (q: string) => ['customers', 'options', q],
  // Orders, collections, receivables and plans move together: one new collection changes all four.
  ledger: ['ledger'],
  orderList: (search: object) => ['ledger', 'orders', 'list', search],
  order: (id: string) => ['ledger', 'orders', 'one', id],
  collectionList: (search: object) => ['ledger', 'collections', 'list', search],
  receivables: (query: object) => ['ledger', 'receivables', query],
  collectionPlans: (query: object) => ['ledger', 'plans', query],
  overdueByRep: ['ledger', 'plans', 'overdue-by-rep'],
} as const
