/**
 * The pool's cache keys. A claim, assignment or release changes the pool and the customer lists at
 * once, so both roots are invalidated together (invalidatePool); a customer's pool history sits
 * under 'customers' so saving the customer refreshes it too.
 */
export const poolKeys = {
  all: ['pool'],
  list: (search: object) => ['pool', 'list', search],
  warnings: ['pool', 'warnings'],
  flows: (from: string, to: string) => ['pool', 'flows', from, to],
  history: (customerId: string) => ['customers', 'pool-history', customerId],
} as const
