import type { Kysely } from 'kysely'
import type { Database } from './schema'
import { toUser, type UserRecord } from './users.repo'

export async function insertSession(
  db: Kysely<Database>,
  session: { id: string; userId: string; createdAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute()
}

/**
 * The user of a live session, or undefined when it is unknown or expired: one query per request.
 * The session by a subquery, not a join: on SQLite a join makes reading the user's row several
 * times slower (as in customers.repo.ts findCustomer), and this runs on every request.
 */
export async function findSessionUser(
  db: Kysely<Database>,
  id: string,
  now: string,
): Promise<UserRecord | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', (eb) =>
      eb.selectFrom('sessions').select('user_id').where('id', '=', id).where('expires_at', '>', now),
    )
    .executeTakeFirst()
  return row && toUser(row)
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute()
}

export async function deleteUserSessions(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute()
}
