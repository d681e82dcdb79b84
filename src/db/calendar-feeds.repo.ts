import type { Kysely } from 'kysely'
import type { Database } from './schema'

export type CalendarFeedRecord = { userId: string; createdAt: string; lastUsedAt: string | null }

/** Creates the user's feed, or replaces its token: the old URL stops working at once. */
export async function saveCalendarFeed(
  db: Kysely<Database>,
  feed: { userId: string; tokenHash: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('calendar_feeds')
    .values({
      user_id: feed.userId,
      token_hash: feed.tokenHash,
      created_at: feed.createdAt,
      last_used_at: null,
    })
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({ token_hash: feed.tokenHash, created_at: feed.createdAt, last_used_at: null }),
    )
    .execute()
}

export async function findCalendarFeed(
  db: Kysely<Database>,
  userId: string,
): Promise<CalendarFeedRecord | undefined> {
  const row = await db
    .selectFrom('calendar_feeds')
    .select(['user_id', 'created_at', 'last_used_at'])
    .where('user_id', '=', userId)
    .executeTakeFirst()
  return row && { userId: row.user_id, createdAt: row.created_at, lastUsedAt: row.last_used_at }
}

/** The user a feed token belongs to, if that user is still active. */
export async function findCalendarFeedUser(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('calendar_feeds')
    .innerJoin('users', 'users.id', 'calendar_feeds.user_id')
    .select('users.id')
    .where('calendar_feeds.token_hash', '=', tokenHash)
    .where('users.disabled_at', 'is', null)
    .executeTakeFirst()
  return row?.id
}

export async function touchCalendarFeed(db: Kysely<Database>, userId: string, now: string): Promise<void> {
  await db.updateTable('calendar_feeds').set({ last_used_at: now }).where('user_id', '=', userId).execute()
}

export async function deleteCalendarFeed(db: Kysely<Database>, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('calendar_feeds').where('user_id', '=', userId).executeTakeFirst()
  return Number(result.numDeletedRows) === 1
}
