import type { Kysely } from 'kysely'
import type { Database } from './schema'

export type TierOverride = { tier: string; reason: string; until: string | null }

/** What a live customer's tier rests on: who owns it, the computed tier and the manual one. */
export type TierState = {
  id: string
  ownerId: string | null
  tier: string
  override: TierOverride | null
  version: number
}

export async function findTierState(db: Kysely<Database>, id: string): Promise<TierState | undefined> {
  const row = await db
    .selectFrom('customers')
    .select([
      'id',
      'owner_id',
      'tier',
      'tier_override',
      'tier_override_reason',
      'tier_override_until',
      'version',
    ])
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  if (!row) return undefined
  return {
    id: row.id,
    ownerId: row.owner_id,
    tier: row.tier,
    override: row.tier_override
      ? { tier: row.tier_override, reason: row.tier_override_reason ?? '', until: row.tier_override_until }
      : null,
    version: row.version,
  }
}

/**
 * Sets (or with null, removes) a customer's override if it is still at `version`; a change to the
 * customer like any other, so the version moves on. False when someone else changed it first.
 */
export async function writeTierOverride(
  db: Kysely<Database>,
  id: string,
  version: number,
  override: TierOverride | null,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('customers')
    .set({
      tier_override: override?.tier ?? null,
      tier_override_reason: override?.reason ?? null,
      tier_override_until: override?.until ?? null,
      version: version + 1,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
