import { CreateCustomerSchema } from '../contracts/customers'
import { fieldIssues } from '../contracts/field-issues'
import { AppError } from '../core/app-error'
import type { CsvRecord } from '../core/csv/csv-records'
import type { CustomerStatus } from '../core/customers/customer-fields'
import { searchText } from '../core/customers/search-text'
import {
  parseCustomerRows,
  type ImportedContact,
  type ImportedCustomer,
} from '../core/import/parse-customer-rows'
import type { RowError } from '../core/import/parse-order-rows'
import {
  findCustomer,
  insertCustomersBulk,
  updateCustomerRow,
  type ContactRecord,
  type CustomerFields,
} from '../db/customers.repo'
import {
  deleteImportedCustomers,
  existingCustomerExternalIds,
  findCustomersForImport,
} from '../db/imports.repo'
import type { AppContext } from './context'
import { writeScope } from './customer-scope'
import { runImport, type ImportOptions, type ImportReport, type ImportRun } from './import-run'
import { newId } from './new-id'
import type { ImportFile } from './sheet-rows'

/** A customer's own fields as its rows say them (contacts aside). */
const FIELDS = [
  'name',
  'companyName',
  'taxId',
  'phone',
  'address',
  'website',
  'industry',
  'region',
  'source',
  'rep',
  'status',
  'lostReason',
  'lostDate',
  'tags',
] as const
type Field = (typeof FIELDS)[number]
/** What the rows of one customer have said of it so far: null where none has said it yet. */
type Head = Record<Exclude<Field, 'tags'>, string | null> & { tags: string[] | null }

/** A customer id this import has met: made (with what its rows said), already on file, or refused. */
type Seen =
  | { state: 'new'; id: string; head: string; contacts: number }
  | { state: 'unchanged'; head: string }
  | { state: 'bad' }

type Customer = CustomerFields & { id: string; contacts: ContactRecord[] }

/** As many contacts as a customer may have (`contacts` in contracts/customers.ts). */
const MAX_CONTACTS = 50
/** The sheet's column of each field of a contact, to name where the contract found a fault. */
const CONTACT_FIELDS: Record<string, string> = {
  name: 'contactName',
  title: 'contactTitle',
  phone: 'contactPhone',
  email: 'contactEmail',
}

const headOf = (c: ImportedCustomer, statusSaid: boolean): Head => ({
  name: c.name,
  companyName: c.companyName,
  taxId: c.taxId,
  phone: c.phone,
  address: c.address,
  website: c.website,
  industry: c.industry,
  region: c.region,
  source: c.source,
  rep: c.rep,
  // The parser reads a blank status as `active`; here a blank is "not said", so a later row may say it.
  status: statusSaid ? c.status : null,
  lostReason: c.lostReason,
  lostDate: c.lostDate,
  tags: c.tags.length ? c.tags : null,
})

const same = (a: Head[Field], b: Head[Field]) =>
  Array.isArray(a) && Array.isArray(b) ? [...a].sort().join('\n') === [...b].sort().join('\n') : a === b
const sameContact = (a: ImportedContact, b: ImportedContact) =>
  a.name === b.name && a.title === b.title && a.phone === b.phone && a.email === b.email

/** A customer as createCustomer makes one: lost reason and date only when lost, assigned today when owned. */
const fieldsOf = (head: Head, externalId: string | null, ownerId: string | null, today: string) => {
  const status = (head.status ?? 'active') as CustomerStatus
  const fields: CustomerFields = {
    externalId,
    name: head.name as string,
    companyName: head.companyName,
    taxId: head.taxId,
    address: head.address,
    phone: head.phone,
    website: head.website,
    industry: head.industry,
    region: head.region,
    source: head.source,
    ownerId,
    status,
    lostReason: status === 'lost' ? head.lostReason : null,
    lostDate: status === 'lost' ? head.lostDate : null,
    tags: head.tags ?? [],
    interests: [],
    preferredTime: null,
    meetingStyle: null,
    preferredWeekdays: [],
    preferredHoursFrom: null,
    preferredHoursTo: null,
    notes: null,
    assignedAt: ownerId ? today : null,
  }
  return fields
}

/**
 * `abacus import customers` and the import wizard: a team's customer sheet, one contact a row (rows
 * sharing a customer id are one customer, wherever they stand in the file: rows met in a later batch
 * add their contacts to the customer already made). The owner is the rep the sheet names, who must
 * be of the importer's team; a blank rep cell gives the customer to the importer when they own
 * customers (as createCustomer does), else to the pool (DOMAIN.md "Customer pool"). Customers on file
 * — by id, or by exact name for those without one — are left unchanged, so the same file imports
 * once. Each customer passes the checks a customer saved by hand passes (CreateCustomerSchema).
 */
export async function importCustomers(
  ctx: AppContext,
  file: ImportFile,
  options: ImportOptions,
): Promise<ImportReport> {
  // Finance may import ledgers but, like the auditor, changes no customer (DOMAIN.md "People and visibility").
  if (!(await writeScope(ctx))) throw new AppError('forbidden')
  let columns: Partial<Record<string, number>> = {}
  const seen = new Map<string, Seen>()
  /** Names of the customers made so far (how many have each): one without an id is matched by name. */
  const made = new Map<string, number>()
  const cellOf = (cells: readonly string[] | undefined, field: string) =>
    columns[field] === undefined ? '' : (cells?.[columns[field] as number] ?? '').trim()

  /** Blank cells say what the customer's earlier rows said, as if all its rows were read at once. */
  const prefill = (cells: readonly string[], head: Head) => {
    const filled = [...cells]
    for (const f of FIELDS) {
      const index = columns[f]
      const said = f === 'tags' ? head.tags?.join(',') : head[f]
      if (index === undefined || !said || (filled[index] ?? '').trim()) continue
      filled[index] = said
    }
    return filled
  }

  const batch = async (records: readonly CsvRecord[], run: ImportRun) => {
    const column = (field: string) =>
      columns[field] === undefined ? field : (run.header[columns[field] as number] ?? field)
    const heads = new Map<string, Head>()
    const headBefore = (externalId: string): Head | undefined => {
      const before = seen.get(externalId)
      if (!before || before.state === 'bad') return undefined
      const head = heads.get(externalId) ?? (JSON.parse(before.head) as Head)
      heads.set(externalId, head)
      return head
    }
    const rows = records.map((r) => {
      const head = headBefore(cellOf(r.cells, 'externalId'))
      return { row: r.line, cells: head ? prefill(r.cells, head) : r.cells }
    })
    const cellsAt = new Map(rows.map((r) => [r.row, r.cells]))
    const externalIdAt = (row: number) => cellOf(cellsAt.get(row), 'externalId')
    const parsed = parseCustomerRows(rows, columns, run.header)

    const errors: RowError[] = []
    // Customers made in an earlier batch and refused now: deleted, as if never written.
    const refused: string[] = []
    const refuse = (externalId: string | null) => {
      if (!externalId) return
      const before = seen.get(externalId)
      if (before?.state === 'new') {
        refused.push(before.id)
        run.counts.created -= 1
        const name = (JSON.parse(before.head) as Head).name as string
        made.set(name, (made.get(name) ?? 1) - 1)
      }
      if (before?.state !== 'unchanged') seen.set(externalId, { state: 'bad' })
    }
    // A customer refused earlier is not checked whole again (no "name is required" for its later rows).
    const customerLevel = new Set((['name', 'lostReason', 'lostDate'] as const).map(column))
    const rowErrors = parsed.errors.filter(
      (e) =>
        !(
          e.key === 'field.required' &&
          customerLevel.has(e.column) &&
          seen.get(externalIdAt(e.row))?.state === 'bad'
        ),
    )
    run.fail(rowErrors)
    for (const e of rowErrors) refuse(externalIdAt(e.row) || null)

    const fresh = parsed.customers.filter((c) => !c.externalId || !seen.has(c.externalId))
    const onFile = await existingCustomerExternalIds(
      run.db,
      fresh.flatMap((c) => (c.externalId ? [c.externalId] : [])),
    )
    const named = (
      await findCustomersForImport(
        run.db,
        [],
        fresh.flatMap((c) => (c.externalId || made.get(c.name) ? [] : [c.name])),
      )
    ).byName

    const ownerOf = (c: ImportedCustomer, rep: string | null): { id: string | null } | RowError => {
      const id = run.repId(rep)
      return id || !rep
        ? { id }
        : {
            row: c.rows[0] as number,
            column: column('rep'),
            key: 'import.unknown_rep',
            params: { value: rep },
          }
    }
    const rowOfContact = (c: ImportedCustomer, contact: ImportedContact) =>
      c.rows.find((row) => {
        const cells = cellsAt.get(row)
        return sameContact(contact, {
          name: cellOf(cells, 'contactName'),
          title: cellOf(cells, 'contactTitle') || null,
          phone: cellOf(cells, 'contactPhone') || null,
          email: cellOf(cells, 'contactEmail') || null,
        })
      })
    /** What the API would refuse of this customer, at the row and column it came from. */
    const check = (c: ImportedCustomer, customer: Customer): RowError[] => {
      const { id: _id, assignedAt: _assigned, ...fields } = customer
      const input = { ...fields, contacts: customer.contacts.map(({ id: _contact, ...rest }) => rest) }
      const result = CreateCustomerSchema.safeParse(input)
      if (result.success) return []
      return fieldIssues(result.error, input).map((issue) => {
        const [top, index, sub] = issue.path.split('.')
        const contact = top === 'contacts' && index ? c.contacts[Number(index)] : undefined
        const at = column((top === 'contacts' ? CONTACT_FIELDS[sub ?? 'name'] : top) || 'name')
        return {
          row: (contact && rowOfContact(c, contact)) ?? (c.rows[0] as number),
          column: at,
          key: issue.key,
          params: { ...issue.params, field: at },
        }
      })
    }
    const contactsOf = (c: ImportedCustomer): ContactRecord[] =>
      c.contacts.map((contact) => ({ id: newId(), ...contact, notes: null }))

    const inserts: (Customer & { searchText: string })[] = []
    const grown: Customer[] = []
    for (const c of parsed.customers) {
      const externalId = c.externalId
      const statusSaid = c.rows.some((row) => cellOf(cellsAt.get(row), 'status') !== '')
      const head = headOf(c, statusSaid)
      const before = externalId ? seen.get(externalId) : undefined
      if (before?.state === 'bad') continue

      if (externalId && before) {
        const earlier = headBefore(externalId) as Head
        const clash = FIELDS.find((f) => earlier[f] !== null && !same(earlier[f], head[f]))
        if (clash) {
          errors.push({
            row: c.rows[0] as number,
            column: column(clash),
            key: 'import.inconsistent_customer',
            params: { externalId, field: column(clash) },
          })
          refuse(externalId)
          continue
        }
        // A field the earlier rows left blank may be filled in by a later one.
        const merged = Object.fromEntries(FIELDS.map((f) => [f, earlier[f] ?? head[f]])) as Head
        if (before.state === 'unchanged') {
          seen.set(externalId, { ...before, head: JSON.stringify(merged) })
          continue
        }
        const owner = ownerOf(c, merged.rep)
        if ('row' in owner) {
          errors.push(owner)
          refuse(externalId)
          continue
        }
        const customer = {
          ...fieldsOf(merged, externalId, owner.id, run.today),
          id: before.id,
          contacts: contactsOf(c),
        }
        const problems = check(c, customer)
        const contacts = before.contacts + c.contacts.length
        if (contacts > MAX_CONTACTS)
          problems.push({
            row: c.rows[0] as number,
            column: column('contactName'),
            key: 'field.too_many',
            params: { field: column('contactName'), max: MAX_CONTACTS },
          })
        if (problems.length) {
          errors.push(...problems)
          refuse(externalId)
          continue
        }
        seen.set(externalId, { ...before, head: JSON.stringify(merged), contacts })
        grown.push(customer)
        continue
      }

      if (externalId ? onFile.has(externalId) : made.get(c.name) || named.has(c.name)) {
        if (externalId) seen.set(externalId, { state: 'unchanged', head: JSON.stringify(head) })
        run.counts.unchanged += 1
        continue
      }
      const owner = ownerOf(c, head.rep)
      if ('row' in owner) {
        errors.push(owner)
        refuse(externalId)
        continue
      }
      const customer = {
        ...fieldsOf(head, externalId, owner.id, run.today),
        id: newId(),
        contacts: contactsOf(c),
      }
      const problems = check(c, customer)
      if (problems.length) {
        errors.push(...problems)
        refuse(externalId)
        continue
      }
      inserts.push({ ...customer, searchText: searchText(customer) })
      if (externalId)
        seen.set(externalId, {
          state: 'new',
          id: customer.id,
          head: JSON.stringify(head),
          contacts: customer.contacts.length,
        })
      made.set(c.name, (made.get(c.name) ?? 0) + 1)
      run.counts.created += 1
    }
    run.fail(errors)
    await deleteImportedCustomers(run.db, refused)
    await insertCustomersBulk(run.db, inserts, run.now, run.batchId)
    for (const customer of grown) {
      const stored = await findCustomer(run.db, customer.id)
      if (!stored) continue
      // A contact repeated on a later row is kept once, as the parser keeps it within a batch.
      const added = customer.contacts.filter((c) => !stored.contacts.some((s) => sameContact(s, c)))
      const contacts = [...stored.contacts, ...added]
      await updateCustomerRow(
        run.db,
        { ...customer, contacts, searchText: searchText({ ...customer, contacts }) },
        stored.version,
        run.now,
      )
    }
  }

  return runImport(ctx, 'customers', file, options, {
    start: (found, header) => {
      columns = found
      return parseCustomerRows([], found, header).errors
    },
    batch,
  })
}
