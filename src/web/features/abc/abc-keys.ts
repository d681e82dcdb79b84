/**
 * The ABC page's cache keys. A customer's tier sits under 'customers', so saving the customer
 * refreshes it too; a run changes tiers, so after one both 'abc' and 'customers' are reloaded.
 */
export const abcKeys = {
  all: ['abc'],
  runs: ['abc', 'runs'],
  run: (id: string) => ['abc', 'run', id],
  runCustomers: (id: string, change: string) => ['abc', 'run', id, 'customers', change],
  customerTier: (customerId: string) => ['customers', 'tier', customerId],
} as const
