import { searchPattern } from '../core/customers/search-text'
import { listCustomerRows, type CustomerListRow } from '../db/customers.repo'
import type { CustomerFilter } from '../contracts/customers'
import type { AppContext } from './context'
import { exportTable, keysetPages, type ExportColumn, type ExportTable } from './export-table'
import { readScope } from './customer-scope'

const COLUMNS: ExportColumn<CustomerListRow>[] = [
  ['label.id', (r) => r.id],
  ['label.name', (r) => r.name],
  ['label.companyName', (r) => r.companyName],
  ['label.phone', (r) => r.phone],
  ['label.region', (r) => r.region],
  ['label.industry', (r) => r.industry],
  ['label.owner', (r) => r.ownerName],
  ['label.status', (r) => r.status],
  ['label.tier', (r) => r.tier],
  ['label.tags', (r) => r.tags.join('; ')],
  ['label.updatedAt', (r) => r.updatedAt],
]

/** The customers the actor may see, as a table read page by page. */
export async function exportCustomers(ctx: AppContext, filter: CustomerFilter): Promise<ExportTable> {
  const scope = await readScope(ctx)
  const spec = {
    ownerId: filter.owner,
    tier: filter.tier,
    status: filter.status,
    tag: filter.tag,
    searchPattern: filter.q ? searchPattern(filter.q) : undefined,
  }
  return exportTable(
    ctx,
    COLUMNS,
    keysetPages((after) =>
      listCustomerRows(ctx.db, { scope, filter: spec, sort: 'name', order: 'asc', limit: 1000, after }),
    ),
  )
}
