import type { Kysely, Migration } from 'kysely'

// Frozen in time: each user's private calendar feed (DOMAIN.md "Reminders"), one per user; only the
// SHA-256 of its token is kept, like sessions and API tokens.
export function calendarFeeds(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('calendar_feeds')
        .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .execute()
    },
  }
}
