import { FollowUpPolicySchema } from '../contracts/follow-up-policy'
import { parseInput } from '../contracts/parse-input'
import { DEFAULT_POLICY, type FollowUpPolicy } from '../core/follow-ups/follow-up-policy'
import { writeAudit } from '../db/audit-log.repo'
import { readSetting, writeSetting } from '../db/settings.repo'
import { inTransaction, nowIso, type AppContext } from './context'
import { requireActor } from './require-actor'

const KEY = 'follow_up_policy'

/** The organisation's follow-up rules: what an admin saved, else DOMAIN.md's defaults. */
export async function loadPolicy(ctx: AppContext): Promise<FollowUpPolicy> {
  const saved = await readSetting(ctx.db, KEY)
  const parsed = FollowUpPolicySchema.safeParse(saved)
  return parsed.success ? parsed.data : DEFAULT_POLICY
}

/** Admins change the rules; every change is in the audit log. */
export async function savePolicy(ctx: AppContext, input: unknown): Promise<FollowUpPolicy> {
  const actor = requireActor(ctx, ['admin'])
  const policy = parseInput(FollowUpPolicySchema, input)
  return inTransaction(ctx, async (tx) => {
    const before = await loadPolicy(tx)
    await writeSetting(tx.db, KEY, policy)
    await writeAudit(tx.db, {
      at: nowIso(tx),
      actorId: actor.id,
      entity: 'setting',
      entityId: KEY,
      action: 'update',
      before,
      after: policy,
    })
    return policy
  })
}
