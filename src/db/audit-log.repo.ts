import type { Kysely } from 'kysely'
import { insertBulk } from './insert-bulk'
import type { Database } from './schema'

export type AuditAction = 'create' | 'update' | 'delete' | 'restore'

export type AuditRecord = {
  id: string
  at: string
  actorId: string | null
  actorName: string | null
  action: AuditAction
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
}

export async function writeAudit(
  db: Kysely<Database>,
  entry: {
    at: string
    actorId: string | null
    entity: string
    entityId: string
    action: AuditAction
    before: object | null
    after: object | null
  },
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: entry.at,
      actor_id: entry.actorId,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      before: entry.before && JSON.stringify(entry.before),
      after: entry.after && JSON.stringify(entry.after),
    })
    .execute()
}

/** Many audit rows in one go (the pool's automatic return): the same rows writeAudit makes. */
export async function writeAuditMany(
  db: Kysely<Database>,
  entries: readonly Parameters<typeof writeAudit>[1][],
): Promise<void> {
  await insertBulk(
    db,
    'audit_log',
    entries.map((entry) => ({
      at: entry.at,
      actor_id: entry.actorId,
      entity: entry.entity,
      entity_id: entry.entityId,
      action: entry.action,
      before: entry.before && JSON.stringify(entry.before),
      after: entry.after && JSON.stringify(entry.after),
    })),
  )
}

/** One record's history, newest first. */
export async function listAudit(
  db: Kysely<Database>,
  entity: string,
  entityId: string,
): Promise<AuditRecord[]> {
  const rows = await db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.actor_id',
      'users.name as actor_name',
      'audit_log.action',
      'audit_log.before',
      'audit_log.after',
    ])
    .where('audit_log.entity', '=', entity)
    .where('audit_log.entity_id', '=', entityId)
    .orderBy('audit_log.id', 'desc')
    .limit(500)
    .execute()
  return rows.map((r) => ({
    id: String(r.id),
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    action: r.action as AuditAction,
    before: r.before ? (JSON.parse(r.before) as Record<string, unknown>) : null,
    after: r.after ? (JSON.parse(r.after) as Record<string, unknown>) : null,
  }))
}
