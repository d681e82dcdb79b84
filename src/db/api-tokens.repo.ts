import type { Kysely } from 'kysely'
import type { Database } from './schema'

export type ApiTokenRecord = { id: string; name: string; createdAt: string; lastUsedAt: string | null }

export async function insertApiToken(
  db: Kysely<Database>,
  token: { id: string; userId: string; name: string; tokenHash: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({
      id: token.id,
      user_id: token.userId,
      name: token.name,
      token_hash: token.tokenHash,
      created_at: token.createdAt,
    })
    .execute()
}

export async function listApiTokens(db: Kysely<Database>, userId: string): Promise<ApiTokenRecord[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'created_at', 'last_used_at'])
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute()
  return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at }))
}

/** The owner of a live (not revoked) token. */
export async function findTokenUser(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<{ id: string; userId: string; lastUsedAt: string | null } | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'last_used_at'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return row && { id: row.id, userId: row.user_id, lastUsedAt: row.last_used_at }
}

export async function touchApiToken(db: Kysely<Database>, id: string, now: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute()
}

export async function revokeApiToken(
  db: Kysely<Database>,
  userId: string,
  id: string,
  now: string,
): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
