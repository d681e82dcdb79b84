import { csvRow } from '../core/csv/csv-cell'
import { translate } from '../core/i18n/translate'
import type { MessageKey } from '../core/i18n/messages.en'
import { listCustomerRows } from '../db/customers.repo'
import type { CustomerFilter } from '../contracts/customers'
import type { AppContext } from './context'
import { readScope } from './customer-scope'
import { searchPattern } from '../core/customers/search-text'

const COLUMNS: [
  MessageKey,
  (r: Awaited<ReturnType<typeof listCustomerRows>>['rows'][number]) => string | number | null,
][] = [
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

/**
 * The customers the actor may see, as CSV in their language (UTF-8 with a BOM so Excel reads the
 * Chinese). Streams page by page, so memory stays flat; cells are neutralised against formulas.
 */
export async function* exportCustomersCsv(ctx: AppContext, filter: CustomerFilter): AsyncGenerator<string> {
  const scope = await readScope(ctx)
  yield '\uFEFF' + csvRow(COLUMNS.map(([key]) => translate(ctx.lang, key)))
  let after: { value: string; id: string } | undefined
  do {
    const page = await listCustomerRows(ctx.db, {
      scope,
      filter: {
        ownerId: filter.owner,
        tier: filter.tier,
        status: filter.status,
        tag: filter.tag,
        searchPattern: filter.q ? searchPattern(filter.q) : undefined,
      },
      sort: 'name',
      order: 'asc',
      limit: 1000,
      after,
    })
    yield page.rows.map((r) => csvRow(COLUMNS.map(([, get]) => get(r)))).join('')
    after = page.next ?? undefined
  } while (after)
}
