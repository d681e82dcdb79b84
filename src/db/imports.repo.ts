import type { Kysely } from 'kysely'
import type { Database } from './schema'

const chunks = <T>(items: readonly T[], size = 500) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))

/** Live customers by external id, and by exact name (the first one, oldest first, when names repeat). */
export async function findCustomersForImport(
  db: Kysely<Database>,
  externalIds: readonly string[],
  names: readonly string[],
): Promise<{
  byExternalId: Map<string, { id: string; ownerId: string | null }>
  byName: Map<string, { id: string; ownerId: string | null }>
}> {
  const byExternalId = new Map<string, { id: string; ownerId: string | null }>()
  const byName = new Map<string, { id: string; ownerId: string | null }>()
  for (const chunk of chunks(externalIds))
    for (const r of await db
      .selectFrom('customers')
      .select(['id', 'external_id', 'owner_id'])
      .where('deleted_at', 'is', null)
      .where('external_id', 'in', chunk)
      .execute())
      byExternalId.set(r.external_id as string, { id: r.id, ownerId: r.owner_id })
  for (const chunk of chunks(names))
    for (const r of await db
      .selectFrom('customers')
      .select(['id', 'name', 'owner_id'])
      .where('deleted_at', 'is', null)
      .where('name', 'in', chunk)
      .orderBy('created_at')
      .execute())
      if (!byName.has(r.name)) byName.set(r.name, { id: r.id, ownerId: r.owner_id })
  return { byExternalId, byName }
}

/** Order numbers (or external ids) already on file: importing them again changes nothing. */
export async function existingOrderNumbers(
  db: Kysely<Database>,
  numbers: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>()
  for (const chunk of chunks(numbers))
    for (const r of await db
      .selectFrom('orders')
      .select(['number', 'external_id'])
      .where((eb) => eb.or([eb('number', 'in', chunk), eb('external_id', 'in', chunk)]))
      .execute()) {
      found.add(r.number)
      if (r.external_id) found.add(r.external_id)
    }
  return found
}

export async function insertImportBatch(
  db: Kysely<Database>,
  batch: {
    id: string
    kind: string
    fileName: string
    actorId: string
    createdAt: string
    rowsTotal: number
    recordsCreated: number
  },
): Promise<void> {
  await db
    .insertInto('import_batches')
    .values({
      id: batch.id,
      kind: batch.kind,
      file_name: batch.fileName,
      actor_id: batch.actorId,
      created_at: batch.createdAt,
      rows_total: batch.rowsTotal,
      records_created: batch.recordsCreated,
    })
    .execute()
}

export async function markCustomersImported(
  db: Kysely<Database>,
  ids: readonly string[],
  batchId: string,
): Promise<void> {
  for (const chunk of chunks(ids))
    await db.updateTable('customers').set({ import_batch_id: batchId }).where('id', 'in', chunk).execute()
}

export async function findImportBatch(db: Kysely<Database>, id: string) {
  return db.selectFrom('import_batches').selectAll().where('id', '=', id).executeTakeFirst()
}

/**
 * Undoes a batch: its orders (and their collections' link stays) go to the recycle bin, and so do
 * the customers it created that nothing else has ordered for since.
 */
export async function undoImportBatch(
  db: Kysely<Database>,
  id: string,
  now: string,
): Promise<{ orders: number; customers: number }> {
  const orders = await db
    .updateTable('orders')
    .set({ deleted_at: now, updated_at: now })
    .where('import_batch_id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  const customers = await db
    .updateTable('customers')
    .set({ deleted_at: now, updated_at: now })
    .where('import_batch_id', '=', id)
    .where('deleted_at', 'is', null)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('orders')
            .select('orders.id')
            .whereRef('orders.customer_id', '=', 'customers.id')
            .where('orders.deleted_at', 'is', null),
        ),
      ),
    )
    .executeTakeFirst()
  await db.updateTable('import_batches').set({ undone_at: now }).where('id', '=', id).execute()
  return { orders: Number(orders.numUpdatedRows), customers: Number(customers.numUpdatedRows) }
}
