import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely'
import { insertBulk } from './insert-bulk'
import type { Database } from './schema'

export type ContactRecord = {
  id: string
  name: string
  title: string | null
  phone: string | null
  email: string | null
  notes: string | null
}

/** The fields of a customer row that the application writes (everything but bookkeeping). */
export type CustomerFields = {
  externalId: string | null
  name: string
  companyName: string | null
  taxId: string | null
  address: string | null
  phone: string | null
  website: string | null
  industry: string | null
  region: string | null
  source: string | null
  ownerId: string | null
  status: string
  lostReason: string | null
  lostDate: string | null
  tags: string[]
  interests: string[]
  preferredTime: string | null
  meetingStyle: string | null
  preferredWeekdays: number[]
  preferredHoursFrom: string | null
  preferredHoursTo: string | null
  notes: string | null
  assignedAt: string | null
}

export type CustomerRecord = CustomerFields & {
  id: string
  ownerName: string | null
  tier: string
  contacts: ContactRecord[]
  version: number
  createdAt: string
  updatedAt: string
  deletedAt: string | null
}

export type CustomerListRow = {
  id: string
  name: string
  companyName: string | null
  phone: string | null
  region: string | null
  industry: string | null
  ownerId: string | null
  ownerName: string | null
  status: string
  tier: string
  tags: string[]
  version: number
  updatedAt: string
}

/** Owners whose customers a query may touch: all, or a list (see core/access/customer-access.ts). */
export type OwnerScope = { kind: 'all' } | { kind: 'owners'; ownerIds: string[] }

export type CustomerFilterSpec = {
  /** An owner's id, or 'none' for customers without an owner (the pool). */
  ownerId?: string
  tier?: string
  status?: string
  tag?: string
  /** A LIKE pattern over search_text, already escaped with `\` (core/customers/search-text.ts). */
  searchPattern?: string
}

const SORT_COLUMNS = {
  name: 'customers.name',
  createdAt: 'customers.created_at',
  updatedAt: 'customers.updated_at',
} as const
export type SortKey = keyof typeof SORT_COLUMNS

const toRow = (c: CustomerFields & { searchText: string }) => ({
  external_id: c.externalId,
  name: c.name,
  company_name: c.companyName,
  tax_id: c.taxId,
  address: c.address,
  phone: c.phone,
  website: c.website,
  industry: c.industry,
  region: c.region,
  source: c.source,
  owner_id: c.ownerId,
  status: c.status,
  lost_reason: c.lostReason,
  lost_date: c.lostDate,
  tags: JSON.stringify(c.tags),
  interests: JSON.stringify(c.interests),
  preferred_time: c.preferredTime,
  meeting_style: c.meetingStyle,
  preferred_weekdays: JSON.stringify(c.preferredWeekdays),
  preferred_hours_from: c.preferredHoursFrom,
  preferred_hours_to: c.preferredHoursTo,
  notes: c.notes,
  search_text: c.searchText,
  assigned_at: c.assignedAt,
})

const scopeWhere = (eb: ExpressionBuilder<Database, 'customers'>, scope: OwnerScope): Expression<SqlBool> =>
  scope.kind === 'all'
    ? eb.lit(true)
    : scope.ownerIds.length === 0
      ? eb.lit(false)
      : eb('customers.owner_id', 'in', scope.ownerIds)

const filterWhere = (
  eb: ExpressionBuilder<Database, 'customers'>,
  f: CustomerFilterSpec,
): Expression<SqlBool> => {
  const parts: Expression<SqlBool>[] = [eb('customers.deleted_at', 'is', null)]
  if (f.ownerId === 'none') parts.push(eb('customers.owner_id', 'is', null))
  else if (f.ownerId) parts.push(eb('customers.owner_id', '=', f.ownerId))
  if (f.tier) parts.push(eb('customers.tier', '=', f.tier))
  if (f.status) parts.push(eb('customers.status', '=', f.status))
  if (f.tag)
    parts.push(
      eb(
        'customers.id',
        'in',
        eb
          .selectFrom('customer_tags')
          .select('customer_tags.customer_id')
          .where('customer_tags.tag', '=', f.tag),
      ),
    )
  if (f.searchPattern) parts.push(sql<SqlBool>`customers.search_text like ${f.searchPattern} escape '\\'`)
  return eb.and(parts)
}

export async function findCustomer(
  db: Kysely<Database>,
  id: string,
  options: { includeDeleted?: boolean } = {},
): Promise<CustomerRecord | undefined> {
  // The owner's name by a scalar subquery, not a join: on SQLite a join makes reading the wide
  // customer row about four times slower (55 µs against 15 µs a call, bench/README.md), and this
  // read is under every customer page and every record that names a customer.
  let query = db
    .selectFrom('customers')
    .selectAll('customers')
    .select((eb) =>
      eb
        .selectFrom('users')
        .select('users.name')
        .whereRef('users.id', '=', 'customers.owner_id')
        .as('owner_name'),
    )
    .where('customers.id', '=', id)
  if (!options.includeDeleted) query = query.where('customers.deleted_at', 'is', null)
  const row = await query.executeTakeFirst()
  if (!row) return undefined
  const contacts = await db
    .selectFrom('contacts')
    .select(['id', 'name', 'title', 'phone', 'email', 'notes'])
    .where('customer_id', '=', id)
    .orderBy('position')
    .execute()
  return {
    id: row.id,
    externalId: row.external_id,
    name: row.name,
    companyName: row.company_name,
    taxId: row.tax_id,
    address: row.address,
    phone: row.phone,
    website: row.website,
    industry: row.industry,
    region: row.region,
    source: row.source,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    status: row.status,
    lostReason: row.lost_reason,
    lostDate: row.lost_date,
    tier: row.tier,
    tags: JSON.parse(row.tags) as string[],
    interests: JSON.parse(row.interests) as string[],
    preferredTime: row.preferred_time,
    meetingStyle: row.meeting_style,
    preferredWeekdays: JSON.parse(row.preferred_weekdays) as number[],
    preferredHoursFrom: row.preferred_hours_from,
    preferredHoursTo: row.preferred_hours_to,
    notes: row.notes,
    assignedAt: row.assigned_at,
    contacts,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  }
}

/** The ids of the owners' customers, deleted ones too (a run's ranking holds them). */
export async function customerIdsOfOwners(
  db: Kysely<Database>,
  ownerIds: readonly string[],
): Promise<Set<string>> {
  if (ownerIds.length === 0) return new Set()
  const rows = await db.selectFrom('customers').select('id').where('owner_id', 'in', ownerIds).execute()
  return new Set(rows.map((r) => r.id))
}

export async function findCustomerIdByExternalId(
  db: Kysely<Database>,
  externalId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('customers')
    .select('id')
    .where('external_id', '=', externalId)
    .executeTakeFirst()
  return row?.id
}

export async function insertCustomer(
  db: Kysely<Database>,
  customer: CustomerFields & { id: string; searchText: string; contacts: ContactRecord[] },
  now: string,
): Promise<void> {
  await db
    .insertInto('customers')
    .values({ id: customer.id, ...toRow(customer), tier: 'C', version: 1, created_at: now, updated_at: now })
    .execute()
  await writeTags(db, customer.id, customer.tags)
  await writeContacts(db, customer.id, customer.contacts)
}

/** Rewrites a customer if it is still at `version`; returns false when someone saved first. */
export async function updateCustomerRow(
  db: Kysely<Database>,
  customer: CustomerFields & { id: string; searchText: string; contacts: ContactRecord[] },
  version: number,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('customers')
    .set({ ...toRow(customer), version: version + 1, updated_at: now })
    .where('id', '=', customer.id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) !== 1) return false
  await db.deleteFrom('customer_tags').where('customer_id', '=', customer.id).execute()
  await writeTags(db, customer.id, customer.tags)
  await db.deleteFrom('contacts').where('customer_id', '=', customer.id).execute()
  await writeContacts(db, customer.id, customer.contacts)
  return true
}

/** Marks a customer deleted (or restores it with `deletedAt` null), guarded by version. */
export async function setCustomerDeleted(
  db: Kysely<Database>,
  id: string,
  version: number,
  deleted: { at: string | null; by: string | null },
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('customers')
    .set({ deleted_at: deleted.at, deleted_by: deleted.by, version: version + 1, updated_at: now })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

async function writeTags(db: Kysely<Database>, customerId: string, tags: readonly string[]) {
  if (tags.length === 0) return
  await db
    .insertInto('customer_tags')
    .values(tags.map((tag) => ({ customer_id: customerId, tag })))
    .execute()
}

async function writeContacts(db: Kysely<Database>, customerId: string, contacts: readonly ContactRecord[]) {
  if (contacts.length === 0) return
  await db
    .insertInto('contacts')
    .values(contacts.map((c, position) => ({ ...c, customer_id: customerId, position })))
    .execute()
}

/**
 * One page of the customers a scope may see, keyset-paged on (sort column, id): `after` is the
 * last row of the previous page. Reads one row more than asked to know whether a next page exists.
 */
export async function listCustomerRows(
  db: Kysely<Database>,
  options: {
    scope: OwnerScope
    filter: CustomerFilterSpec
    sort: SortKey
    order: 'asc' | 'desc'
    limit: number
    after?: { value: string; id: string }
  },
): Promise<{ rows: CustomerListRow[]; next: { value: string; id: string } | null }> {
  const column = SORT_COLUMNS[options.sort]
  const op = options.order === 'asc' ? '>' : '<'
  let query = db
    .selectFrom('customers')
    .leftJoin('users', 'users.id', 'customers.owner_id')
    .select([
      'customers.id',
      'customers.name',
      'customers.company_name',
      'customers.phone',
      'customers.region',
      'customers.industry',
      'customers.owner_id',
      'users.name as owner_name',
      'customers.status',
      'customers.tier',
      'customers.tags',
      'customers.version',
      'customers.updated_at',
      sql<string>`${sql.ref(column)}`.as('sort_value'),
    ])
    .where((eb) => eb.and([scopeWhere(eb, options.scope), filterWhere(eb, options.filter)]))
    .orderBy(column, options.order)
    .orderBy('customers.id', options.order)
    .limit(options.limit + 1)
  if (options.after) {
    const { value, id } = options.after
    query = query.where(sql<SqlBool>`(${sql.ref(column)}, customers.id) ${sql.raw(op)} (${value}, ${id})`)
  }
  const rows = await query.execute()
  const page = rows.slice(0, options.limit)
  const last = page[page.length - 1]
  return {
    next: rows.length > options.limit && last ? { value: last.sort_value, id: last.id } : null,
    rows: page.map((r) => ({
      id: r.id,
      name: r.name,
      companyName: r.company_name,
      phone: r.phone,
      region: r.region,
      industry: r.industry,
      ownerId: r.owner_id,
      ownerName: r.owner_name,
      status: r.status,
      tier: r.tier,
      tags: JSON.parse(r.tags) as string[],
      version: r.version,
      updatedAt: r.updated_at,
    })),
  }
}

export async function countCustomerRows(
  db: Kysely<Database>,
  options: { scope: OwnerScope; filter: CustomerFilterSpec },
): Promise<number> {
  const row = await db
    .selectFrom('customers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) => eb.and([scopeWhere(eb, options.scope), filterWhere(eb, options.filter)]))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Deleted customers in the recycle bin, newest first. */
export async function listDeletedCustomerRows(
  db: Kysely<Database>,
  limit: number,
): Promise<{ id: string; name: string; deletedAt: string; deletedBy: string | null; version: number }[]> {
  const rows = await db
    .selectFrom('customers')
    .select(['id', 'name', 'deleted_at', 'deleted_by', 'version'])
    .where('deleted_at', 'is not', null)
    .orderBy('deleted_at', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    deletedAt: r.deleted_at as string,
    deletedBy: r.deleted_by,
    version: r.version,
  }))
}

/**
 * Many new customers at once (demo data, benchmarks, imports): multi-row INSERTs in chunks that stay
 * under both engines' limit on bound parameters. No audit rows: the caller records the batch.
 */
export async function insertCustomersBulk(
  db: Kysely<Database>,
  customers: readonly (CustomerFields & { id: string; searchText: string; contacts: ContactRecord[] })[],
  now: string,
  importBatchId: string | null = null,
): Promise<void> {
  await insertBulk(
    db,
    'customers',
    customers.map((c) => ({
      id: c.id,
      ...toRow(c),
      tier: 'C',
      import_batch_id: importBatchId,
      version: 1,
      created_at: now,
      updated_at: now,
    })),
  )
  await insertBulk(
    db,
    'customer_tags',
    customers.flatMap((c) => c.tags.map((tag) => ({ customer_id: c.id, tag }))),
  )
  await insertBulk(
    db,
    'contacts',
    customers.flatMap((c) =>
      c.contacts.map((contact, position) => ({ ...contact, customer_id: c.id, position })),
    ),
  )
}
