import { inScope } from '../core/access/customer-access'
import { searchText } from '../core/customers/search-text'
import { ownCopy } from '../core/text/own-copy'
import type { RowError } from '../core/import/parse-order-rows'
import { insertCustomersBulk, type CustomerFields } from '../db/customers.repo'
import { findCustomersForImport } from '../db/imports.repo'
import type { ImportRun } from './import-run'
import { newId } from './new-id'

export type CustomerRef = { externalId: string | null; name: string | null }
/** A customer as a sheet names it: the key it is remembered by for the rest of the import. */
const keyOf = (ref: CustomerRef) => ownCopy(ref.externalId ? `x:${ref.externalId}` : `n:${ref.name}`)

/**
 * Customers named in an imported sheet, matched by external id, then by exact name, and created
 * (owned by the record's rep) when missing. Remembers what it has matched or made, so each
 * customer is looked up once however many rows name it. A customer on file that the importer may
 * not record for (another team's) is an error, not a match.
 */
export function customerMatcher() {
  const known = new Map<string, { id: string; ownerId: string | null }>()
  const looked = new Set<string>()

  return {
    /** Looks up, in one go, the customers of a batch not met before. */
    async load(run: ImportRun, refs: readonly CustomerRef[]): Promise<void> {
      const fresh = refs.filter((r) => !looked.has(keyOf(r)))
      if (fresh.length === 0) return
      const externalIds = [...new Set(fresh.flatMap((r) => (r.externalId ? [r.externalId] : [])))]
      const names = [...new Set(fresh.flatMap((r) => (r.name ? [r.name] : [])))]
      const found = await findCustomersForImport(run.db, externalIds, names)
      for (const ref of fresh) {
        const key = keyOf(ref)
        looked.add(key)
        const match =
          (ref.externalId && found.byExternalId.get(ref.externalId)) ||
          (ref.name && found.byName.get(ref.name)) ||
          undefined
        if (match && !known.has(key)) known.set(key, match)
      }
    },

    /** A customer already matched or made, if this import knows it. */
    known: (ref: CustomerRef) => known.get(keyOf(ref)),

    /**
     * The customer's id, creating it (queued in `created`) when it is on file nowhere; an error
     * when it belongs to an owner out of the importer's reach.
     */
    resolve(
      run: ImportRun,
      ref: CustomerRef,
      ownerId: string,
      created: (CustomerFields & { id: string; searchText: string; contacts: [] })[],
    ): { id: string } | { error: RowError['key'] } {
      const key = keyOf(ref)
      const match = known.get(key)
      if (match) {
        // As through the API (app/orders.ts ledgerCustomer): a pool customer is claimed or
        // assigned first (DOMAIN.md "Customer pool"), unless the importer sees everyone's.
        if (!inScope(run.scope, match.ownerId))
          return {
            error: match.ownerId === null ? 'import.customer_in_pool' : 'import.customer_out_of_scope',
          }
        return { id: match.id }
      }
      const fields: CustomerFields = {
        externalId: ref.externalId,
        name: ref.name ?? (ref.externalId as string),
        companyName: null,
        taxId: null,
        address: null,
        phone: null,
        website: null,
        industry: null,
        region: null,
        source: null,
        ownerId,
        status: 'active',
        lostReason: null,
        lostDate: null,
        tags: [],
        interests: [],
        preferredTime: null,
        meetingStyle: null,
        preferredWeekdays: [],
        preferredHoursFrom: null,
        preferredHoursTo: null,
        notes: null,
        assignedAt: run.today,
      }
      const id = newId()
      known.set(key, { id, ownerId })
      created.push({ ...fields, id, contacts: [], searchText: searchText(fields) })
      run.counts.customersCreated += 1
      return { id }
    },

    /** Writes the customers `resolve` queued, marked with the import batch. */
    async write(
      run: ImportRun,
      created: readonly (CustomerFields & { id: string; searchText: string; contacts: [] })[],
    ): Promise<void> {
      if (created.length === 0) return
      await insertCustomersBulk(run.db, created, run.now, run.batchId)
    },
  }
}
