/**
 * The recycle bin's 90 days (issue 9: "restore within 90 days"): a deleted record may be restored
 * until exactly 90 × 24 hours after its deletion instant, and is purged from then on. Instants are
 * ISO-8601 UTC text as stored (`toISOString`), so "deleted before the cutoff" is also a plain string
 * comparison in SQL, on both engines; time is a parameter (`now`), never read here.
 */
export const RESTORE_DAYS = 90

const DAY_MS = 86_400_000

/** The instant from which the record can no longer be restored. */
export function restoreUntil(deletedAt: string): string {
  return new Date(Date.parse(deletedAt) + RESTORE_DAYS * DAY_MS).toISOString()
}

export function canRestore(deletedAt: string, now: Date): boolean {
  return now.getTime() < Date.parse(deletedAt) + RESTORE_DAYS * DAY_MS
}

/** Whole days left to restore, counting a started day as one: 90 just after deletion, 0 once past. */
export function daysLeft(deletedAt: string, now: Date): number {
  const left = Date.parse(deletedAt) + RESTORE_DAYS * DAY_MS - now.getTime()
  return left > 0 ? Math.ceil(left / DAY_MS) : 0
}

/**
 * The purge's cutoff: records deleted at or before it are past restoring (`deleted_at <= cutoff`),
 * those deleted after it are still in the bin (`deleted_at > cutoff`) — the same line as canRestore.
 */
export function purgeCutoff(now: Date): string {
  return new Date(now.getTime() - RESTORE_DAYS * DAY_MS).toISOString()
}
