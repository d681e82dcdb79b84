import { newId } from './new-id'
import { AppError, type FieldIssue } from '../core/app-error'
import { inScope, type Scope } from '../core/access/customer-access'
import { readsCustomer } from '../core/access/pool-access'
import { OWNER_ROLES, type Role } from '../core/access/roles'
import { diffChanges } from '../core/audit/diff-changes'
import { searchPattern, searchText } from '../core/customers/search-text'
import { localDateAt } from '../core/dates/local-date'
import { listAudit, writeAudit } from '../db/audit-log.repo'
import {
  countCustomerRows,
  findCustomer,
  findCustomerIdByExternalId,
  insertCustomer,
  listCustomerRows,
  listDeletedCustomerRows,
  setCustomerDeleted,
  updateCustomerRow,
  type CustomerFields,
  type CustomerRecord,
} from '../db/customers.repo'
import { findUserById } from '../db/users.repo'
import type {
  AuditEntry,
  CreateCustomer,
  Customer,
  CustomerFilter,
  CustomerList,
  CustomerListQuery,
  UpdateCustomer,
} from '../contracts/customers'
import { inTransaction, nowIso, type AppContext } from './context'
import { readScope, writeScope } from './customer-scope'
import { decodeCursor, encodeCursor } from './list-cursor'
import { checkVersion, versionLost } from './check-version'
import { requireActor } from './require-actor'

const toDto = (c: CustomerRecord): Customer => c as Customer

/** What the audit log keeps of a customer: everything a person set, not the bookkeeping. */
const snapshot = ({
  version: _v,
  updatedAt: _u,
  createdAt: _c,
  ownerName: _o,
  contacts,
  ...rest
}: CustomerRecord) => ({
  ...rest,
  contacts: contacts.map(({ id: _id, ...contact }) => contact),
})

/** The fields of a stored customer that a person sets, without its bookkeeping. */
const fieldsOf = ({
  id: _id,
  ownerName: _owner,
  tier: _tier,
  contacts: _contacts,
  version: _v,
  createdAt: _c,
  updatedAt: _u,
  deletedAt: _d,
  ...fields
}: CustomerRecord): CustomerFields => fields

/**
 * A visible customer, or 404: one outside the scope is indistinguishable from one that does not exist.
 * A pool customer is readable by everyone (core/access/pool-access.ts), changeable by admins only.
 */
async function loadVisible(ctx: AppContext, id: string, scope: Scope | null): Promise<CustomerRecord> {
  const customer = await findCustomer(ctx.db, id)
  if (!customer || !readsCustomer(scope, customer.ownerId)) throw new AppError('not_found')
  return customer
}

/** For a write: 404 if the actor cannot even read it, 403 if they can read but not change it. */
async function loadWritable(ctx: AppContext, id: string) {
  const customer = await loadVisible(ctx, id, await readScope(ctx))
  const scope = await writeScope(ctx)
  if (!inScope(scope, customer.ownerId)) throw new AppError('forbidden')
  return { customer, scope: scope as Scope }
}

/** The owner must be an active rep or manager the actor may assign customers to. */
async function checkOwner(ctx: AppContext, ownerId: string | null, scope: Scope) {
  const invalid = () =>
    new AppError('validation', 'error.invalid_owner', {}, [{ path: 'ownerId', key: 'error.invalid_owner' }])
  if (ownerId === null) {
    if (scope.kind !== 'all') throw invalid()
    return
  }
  const owner = await findUserById(ctx.db, ownerId)
  if (!owner || owner.disabled || !OWNER_ROLES.includes(owner.role as Role) || !inScope(scope, ownerId))
    throw invalid()
}

function checkRules(c: CustomerFields) {
  if (c.status === 'lost' && (!c.lostReason || !c.lostDate)) {
    const issues: FieldIssue[] = []
    if (!c.lostReason) issues.push({ path: 'lostReason', key: 'field.required' })
    if (!c.lostDate) issues.push({ path: 'lostDate', key: 'field.required' })
    throw new AppError('domain_rule', 'error.lost_needs_reason', {}, issues)
  }
}

async function checkExternalId(ctx: AppContext, externalId: string | null, selfId?: string) {
  if (!externalId) return
  const other = await findCustomerIdByExternalId(ctx.db, externalId)
  if (other && other !== selfId)
    throw new AppError('conflict', 'error.conflict', {}, [{ path: 'externalId', key: 'error.conflict' }])
}

const withContactIds = (contacts: CreateCustomer['contacts']) => contacts.map((c) => ({ id: newId(), ...c }))

export async function createCustomer(ctx: AppContext, input: CreateCustomer): Promise<Customer> {
  const actor = requireActor(ctx)
  const scope = await writeScope(ctx)
  if (!scope) throw new AppError('forbidden')
  const ownerId =
    input.ownerId !== undefined ? input.ownerId : OWNER_ROLES.includes(actor.role) ? actor.id : null
  return inTransaction(ctx, async (tx) => {
    await checkOwner(tx, ownerId, scope)
    const fields: CustomerFields = {
      ...input,
      ownerId,
      lostReason: input.status === 'lost' ? input.lostReason : null,
      lostDate: input.status === 'lost' ? input.lostDate : null,
      assignedAt: ownerId ? localDateAt(tx.now(), tx.config.timeZone) : null,
    }
    checkRules(fields)
    await checkExternalId(tx, fields.externalId)
    const id = newId()
    const contacts = withContactIds(input.contacts)
    const now = nowIso(tx)
    await insertCustomer(
      tx.db,
      { ...fields, id, contacts, searchText: searchText({ ...fields, contacts }) },
      now,
    )
    const created = (await findCustomer(tx.db, id)) as CustomerRecord
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'customer',
      entityId: id,
      action: 'create',
      before: null,
      after: snapshot(created),
    })
    return toDto(created)
  })
}

export async function getCustomer(ctx: AppContext, id: string): Promise<Customer> {
  return toDto(await loadVisible(ctx, id, await readScope(ctx)))
}

/**
 * Changes the fields sent, if the customer is still at `version` (If-Match): otherwise 412 and
 * nothing changes. A new owner restarts `assignedAt` (a never-followed customer is due that day).
 */
export async function updateCustomer(
  ctx: AppContext,
  id: string,
  version: number,
  input: UpdateCustomer,
): Promise<Customer> {
  const actor = requireActor(ctx)
  return inTransaction(ctx, async (tx) => {
    const { customer: before, scope } = await loadWritable(tx, id)
    checkVersion(before, version)
    const { contacts: newContacts, ...changes } = input
    const sent = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined))
    const merged: CustomerFields = { ...fieldsOf(before), ...sent }
    if (merged.ownerId !== before.ownerId) {
      await checkOwner(tx, merged.ownerId, scope)
      merged.assignedAt = merged.ownerId ? localDateAt(tx.now(), tx.config.timeZone) : null
    }
    if (merged.status !== 'lost') {
      merged.lostReason = null
      merged.lostDate = null
    }
    checkRules(merged)
    await checkExternalId(tx, merged.externalId, id)
    const contacts = newContacts ? withContactIds(newContacts) : before.contacts
    const now = nowIso(tx)
    const ok = await updateCustomerRow(
      tx.db,
      { ...merged, id, contacts, searchText: searchText({ ...merged, contacts }) },
      version,
      now,
    )
    if (!ok) throw versionLost(version)
    const after = (await findCustomer(tx.db, id)) as CustomerRecord
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'customer',
      entityId: id,
      action: 'update',
      before: snapshot(before),
      after: snapshot(after),
    })
    return toDto(after)
  })
}

/** Soft delete: the customer leaves every list and lands in the recycle bin, restorable by an admin. */
export async function deleteCustomer(ctx: AppContext, id: string, version?: number): Promise<void> {
  const actor = requireActor(ctx)
  await inTransaction(ctx, async (tx) => {
    const { customer } = await loadWritable(tx, id)
    if (version !== undefined) checkVersion(customer, version)
    const now = nowIso(tx)
    if (!(await setCustomerDeleted(tx.db, id, customer.version, { at: now, by: actor.id }, now)))
      throw versionLost(customer.version)
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'customer',
      entityId: id,
      action: 'delete',
      before: snapshot(customer),
      after: null,
    })
  })
}

export async function restoreCustomer(ctx: AppContext, id: string): Promise<Customer> {
  const actor = requireActor(ctx, ['admin'])
  return inTransaction(ctx, async (tx) => {
    const customer = await findCustomer(tx.db, id, { includeDeleted: true })
    if (!customer) throw new AppError('not_found')
    if (!customer.deletedAt) throw new AppError('conflict', 'error.not_deleted')
    const now = nowIso(tx)
    if (!(await setCustomerDeleted(tx.db, id, customer.version, { at: null, by: null }, now)))
      throw versionLost(customer.version)
    const restored = (await findCustomer(tx.db, id)) as CustomerRecord
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'customer',
      entityId: id,
      action: 'restore',
      before: null,
      after: snapshot(restored),
    })
    return toDto(restored)
  })
}

export async function listDeletedCustomers(ctx: AppContext) {
  requireActor(ctx, ['admin'])
  return { items: await listDeletedCustomerRows(ctx.db, 500) }
}

const filterSpec = (f: CustomerFilter) => ({
  ownerId: f.owner,
  tier: f.tier,
  status: f.status,
  tag: f.tag,
  searchPattern: f.q ? searchPattern(f.q) : undefined,
})

export async function listCustomers(ctx: AppContext, query: CustomerListQuery): Promise<CustomerList> {
  const scope = await readScope(ctx)
  const { rows, next } = await listCustomerRows(ctx.db, {
    scope,
    filter: filterSpec(query),
    sort: query.sort,
    order: query.order,
    limit: query.limit,
    after: query.cursor ? decodeCursor(query.cursor) : undefined,
  })
  return { items: rows as CustomerList['items'], nextCursor: next && encodeCursor(next) }
}

export async function countCustomers(ctx: AppContext, filter: CustomerFilter): Promise<number> {
  return countCustomerRows(ctx.db, { scope: await readScope(ctx), filter: filterSpec(filter) })
}

/** A customer's audit history, newest first: who, when, which fields went from what to what. */
export async function customerHistory(ctx: AppContext, id: string): Promise<{ items: AuditEntry[] }> {
  const actor = requireActor(ctx)
  const customer = await findCustomer(ctx.db, id, { includeDeleted: actor.role === 'admin' })
  if (!customer || !readsCustomer(await readScope(ctx), customer.ownerId)) throw new AppError('not_found')
  const entries = await listAudit(ctx.db, 'customer', id)
  return {
    items: entries.map((e) => ({
      id: e.id,
      at: e.at,
      actorId: e.actorId,
      actorName: e.actorName,
      action: e.action,
      changes: diffChanges(e.before, e.after, ['id', 'deletedAt']),
    })),
  }
}
