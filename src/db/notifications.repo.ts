import type { Kysely } from 'kysely'
import { insertBulk } from './insert-bulk'
import type { Database } from './schema'

export type NotificationRecord = {
  id: string
  kind: string
  params: Record<string, string | number | null>
  createdAt: string
  readAt: string | null
}

export async function insertNotifications(
  db: Kysely<Database>,
  rows: readonly { id: string; userId: string; kind: string; params: object }[],
  now: string,
): Promise<void> {
  await insertBulk(
    db,
    'notifications',
    rows.map((n) => ({
      id: n.id,
      user_id: n.userId,
      kind: n.kind,
      params: JSON.stringify(n.params),
      created_at: now,
      read_at: null,
    })),
  )
}

/** A user's notifications, newest first. */
export async function listNotificationRows(
  db: Kysely<Database>,
  userId: string,
  options: { unreadOnly: boolean; limit: number },
): Promise<NotificationRecord[]> {
  let query = db
    .selectFrom('notifications')
    .select(['id', 'kind', 'params', 'created_at', 'read_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit)
  if (options.unreadOnly) query = query.where('read_at', 'is', null)
  return (await query.execute()).map((r) => ({
    id: r.id,
    kind: r.kind,
    params: JSON.parse(r.params) as NotificationRecord['params'],
    createdAt: r.created_at,
    readAt: r.read_at,
  }))
}

export async function countUnread(db: Kysely<Database>, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Marks one (by id) or all of a user's unread notifications read; how many changed. */
export async function markRead(
  db: Kysely<Database>,
  userId: string,
  id: string | null,
  now: string,
): Promise<number> {
  let query = db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
  if (id !== null) query = query.where('id', '=', id)
  return Number((await query.executeTakeFirst()).numUpdatedRows)
}

export async function findNotificationOwner(db: Kysely<Database>, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('notifications').select('user_id').where('id', '=', id).executeTakeFirst()
  return row?.user_id
}
