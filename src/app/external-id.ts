import { AppError } from '../core/app-error'
import { findIdByExternalId, type ExternalIdTable } from '../db/external-ids.repo'
import type { AppContext } from './context'

/**
 * Refuses an external id another row of the table already has, as customers do: 409 naming the
 * field, instead of the unique index failing the insert as a 500 (found by the schema fuzzer).
 */
export async function requireFreeExternalId(
  ctx: AppContext,
  table: ExternalIdTable,
  externalId: string | null | undefined,
): Promise<void> {
  if (!externalId) return
  if (await findIdByExternalId(ctx.db, table, externalId))
    throw new AppError('conflict', 'error.conflict', {}, [{ path: 'externalId', key: 'error.conflict' }])
}
