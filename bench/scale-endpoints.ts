import type { AppContext } from '../src/app/context'
import { agenda } from '../src/app/agenda'
import { listCollections } from '../src/app/collections'
import { getCustomer, listCustomers } from '../src/app/customers'
import { getExpense, listExpenses } from '../src/app/expenses'
import { customerTimeline, listFollowUps } from '../src/app/follow-ups'
import { getOrder, listOrders } from '../src/app/orders'
import { getVisit, listVisits } from '../src/app/visits'
import { CustomerListQuerySchema } from '../src/contracts/customers'
import { ExpenseListQuerySchema } from '../src/contracts/expenses'
import { FollowUpListQuerySchema, TimelineQuerySchema } from '../src/contracts/follow-ups'
import { LedgerListQuerySchema } from '../src/contracts/orders'
import { VisitListQuerySchema } from '../src/contracts/visits'

/** The ids the detail endpoints are asked for: the first row of the rep's own list pages. */
export type DetailIds = { customer: string; order: string; visit: string; expense: string }

/**
 * A read endpoint measured at scale as an authenticated rep: its path, and the app/ use case it
 * runs (called once on a logging Kysely to capture the statements replayed as its raw SQL baseline).
 */
export type Endpoint = {
  id: string
  label: string
  path: (ids: DetailIds) => string
  run: (ctx: AppContext, ids: DetailIds) => Promise<unknown>
}

const list = (id: string, label: string, path: string, run: Endpoint['run']): Endpoint => ({
  id,
  label,
  path: () => path,
  run,
})

/** Every list and detail endpoint a rep reaches on their daily pages, plus the agenda (issue 8 point 3). */
export const ENDPOINTS: readonly Endpoint[] = [
  list(
    'customers-list',
    'Customer list (by name, 50)',
    '/api/v1/customers?sort=name&order=asc&limit=50',
    (ctx) => listCustomers(ctx, CustomerListQuerySchema.parse({ sort: 'name', order: 'asc', limit: 50 })),
  ),
  {
    id: 'customer-detail',
    label: 'Customer detail',
    path: (ids) => `/api/v1/customers/${ids.customer}`,
    run: (ctx, ids) => getCustomer(ctx, ids.customer),
  },
  {
    id: 'customer-timeline',
    label: 'Customer timeline',
    path: (ids) => `/api/v1/customers/${ids.customer}/timeline`,
    run: (ctx, ids) => customerTimeline(ctx, ids.customer, TimelineQuerySchema.parse({})),
  },
  list('orders-list', 'Order list (50)', '/api/v1/orders', (ctx) =>
    listOrders(ctx, LedgerListQuerySchema.parse({})),
  ),
  {
    id: 'order-detail',
    label: 'Order detail (with lines)',
    path: (ids) => `/api/v1/orders/${ids.order}`,
    run: (ctx, ids) => getOrder(ctx, ids.order),
  },
  list('collections-list', 'Collection list (50)', '/api/v1/collections', (ctx) =>
    listCollections(ctx, LedgerListQuerySchema.parse({})),
  ),
  list('follow-ups-list', 'Follow-up list (50)', '/api/v1/follow-ups', (ctx) =>
    listFollowUps(ctx, FollowUpListQuerySchema.parse({})),
  ),
  list('visits-list', 'Visit list (50)', '/api/v1/visits', (ctx) =>
    listVisits(ctx, VisitListQuerySchema.parse({})),
  ),
  {
    id: 'visit-detail',
    label: 'Visit detail',
    path: (ids) => `/api/v1/visits/${ids.visit}`,
    run: (ctx, ids) => getVisit(ctx, ids.visit),
  },
  list('expenses-list', 'Expense list (50)', '/api/v1/expenses', (ctx) =>
    listExpenses(ctx, ExpenseListQuerySchema.parse({})),
  ),
  {
    id: 'expense-detail',
    label: 'Expense detail',
    path: (ids) => `/api/v1/expenses/${ids.expense}`,
    run: (ctx, ids) => getExpense(ctx, ids.expense),
  },
  list('agenda', "The rep's agenda", '/api/v1/agenda', (ctx) => agenda(ctx, {})),
]
