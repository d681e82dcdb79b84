import { AppError } from '../core/app-error'
import type { Notification, NotificationKind } from '../contracts/notifications'
import {
  countUnread,
  findNotificationOwner,
  insertNotifications,
  listNotificationRows,
  markRead,
} from '../db/notifications.repo'
import { nowIso, type AppContext } from './context'
import { newId } from './new-id'
import { requireActor } from './require-actor'

/**
 * Leaves a notification for each of `userIds`, in the caller's transaction: it exists exactly when
 * what it tells of was saved. The sentence is made when it is read, in the reader's language.
 */
export async function notifyUsers(
  tx: AppContext,
  userIds: readonly string[],
  kind: NotificationKind,
  params: Record<string, string | number | null>,
): Promise<void> {
  await insertNotifications(
    tx.db,
    [...new Set(userIds)].map((userId) => ({ id: newId(), userId, kind, params })),
    nowIso(tx),
  )
}

/** The caller's own notifications, newest first, and how many are unread. */
export async function listNotifications(
  ctx: AppContext,
  query: { unread?: 'true' | 'false'; limit: number },
): Promise<{ items: Notification[]; unreadCount: number }> {
  const actor = requireActor(ctx)
  const [items, unreadCount] = await Promise.all([
    listNotificationRows(ctx.db, actor.id, { unreadOnly: query.unread === 'true', limit: query.limit }),
    countUnread(ctx.db, actor.id),
  ])
  return { items, unreadCount }
}

export async function unreadNotificationCount(ctx: AppContext): Promise<{ unreadCount: number }> {
  return { unreadCount: await countUnread(ctx.db, requireActor(ctx).id) }
}

/**
 * Marks one of the caller's notifications read (someone else's is absent: 404), or all of them
 * with `id` null. Reading changes nothing of the business, so no audit row is written.
 */
export async function markNotificationsRead(
  ctx: AppContext,
  id: string | null,
): Promise<{ unreadCount: number }> {
  const actor = requireActor(ctx)
  if (id !== null && (await findNotificationOwner(ctx.db, id)) !== actor.id) throw new AppError('not_found')
  await markRead(ctx.db, actor.id, id, nowIso(ctx))
  return { unreadCount: await countUnread(ctx.db, actor.id) }
}
