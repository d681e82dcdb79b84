import { newId } from './new-id'
import { AppError } from '../core/app-error'
import { insertApiToken, listApiTokens, revokeApiToken } from '../db/api-tokens.repo'
import { nowIso, type AppContext } from './context'
import { requireActor } from './require-actor'
import { hashSecret, newSecret } from './secrets'

/** Personal API tokens: each acts as its owner, with the owner's visibility, until revoked. */
export async function createApiToken(ctx: AppContext, name: string) {
  const actor = requireActor(ctx)
  const token = newSecret('abk_')
  const record = { id: newId(), name, createdAt: nowIso(ctx), lastUsedAt: null }
  await insertApiToken(ctx.db, { ...record, userId: actor.id, tokenHash: hashSecret(token) })
  return { ...record, token }
}

export async function listMyApiTokens(ctx: AppContext) {
  return listApiTokens(ctx.db, requireActor(ctx).id)
}

export async function revokeMyApiToken(ctx: AppContext, id: string): Promise<void> {
  if (!(await revokeApiToken(ctx.db, requireActor(ctx).id, id, nowIso(ctx)))) throw new AppError('not_found')
}
