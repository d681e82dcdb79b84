import { AppError } from '../core/app-error'
import { inScope } from '../core/access/customer-access'
import { localDateAt } from '../core/dates/local-date'
import { effectiveTier, isTier, type Tier } from '../core/follow-ups/tier'
import { writeAudit } from '../db/audit-log.repo'
import { customerTierHistory } from '../db/classification-history.repo'
import { findTierState, writeTierOverride, type TierOverride, type TierState } from '../db/tier-override.repo'
import { TierOverrideBodySchema, type CustomerTier } from '../contracts/classification'
import { parseInput } from '../contracts/parse-input'
import { inTransaction, nowIso, type AppContext } from './context'
import { moneyScope, writeScope } from './customer-scope'
import { checkVersion, versionLost } from './check-version'
import { requireActor } from './require-actor'

const tierOf = (value: string): Tier => (isTier(value) ? value : 'C')
const today = (ctx: AppContext) => localDateAt(ctx.now(), ctx.config.timeZone)

/** Overrides are a manager's call on their team's customers, or an admin's on anyone's. */
async function mayOverride(ctx: AppContext, state: TierState): Promise<boolean> {
  const actor = requireActor(ctx)
  if (actor.role !== 'admin' && actor.role !== 'manager') return false
  return inScope(await writeScope(ctx), state.ownerId)
}

/** A visible customer's tier state, or 404: one outside the read scope is as good as absent. */
async function loadVisible(ctx: AppContext, id: string): Promise<TierState> {
  const state = await findTierState(ctx.db, id)
  if (!state || !inScope(await moneyScope(ctx), state.ownerId)) throw new AppError('not_found')
  return state
}

async function toDto(ctx: AppContext, state: TierState): Promise<CustomerTier> {
  const computed = tierOf(state.tier)
  const override = state.override && { ...state.override, tier: tierOf(state.override.tier) }
  const history = await customerTierHistory(ctx.db, state.id)
  return {
    customerId: state.id,
    tier: computed,
    override,
    effectiveTier: effectiveTier(computed, override ?? { tier: null, until: null }, today(ctx)),
    canOverride: await mayOverride(ctx, state),
    version: state.version,
    history: history.map((h) => ({
      runId: h.runId,
      asOf: h.asOf,
      metric: h.metric === 'collections' ? 'collections' : 'sales',
      rank: h.rank,
      value: h.valueMinor,
      tier: tierOf(h.tier),
      previousTier: h.previousTier === null ? null : tierOf(h.previousTier),
    })),
  }
}

/** The computed tier, the override and the one that counts (DOMAIN.md: both are shown), with the run history. */
export async function getCustomerTier(ctx: AppContext, id: string): Promise<CustomerTier> {
  return toDto(ctx, await loadVisible(ctx, id))
}

const snapshot = (o: TierOverride | null) => ({
  tierOverride: o?.tier ?? null,
  tierOverrideReason: o?.reason ?? null,
  tierOverrideUntil: o?.until ?? null,
})

/** Sets or (with null) removes the override: 404 outside the read scope, 403 outside the write scope. */
async function changeOverride(
  ctx: AppContext,
  id: string,
  override: TierOverride | null,
  version: number | undefined,
): Promise<CustomerTier> {
  const actor = requireActor(ctx, ['admin', 'manager'])
  return inTransaction(ctx, async (tx) => {
    const before = await loadVisible(tx, id)
    if (!(await mayOverride(tx, before))) throw new AppError('forbidden')
    if (version !== undefined) checkVersion(before, version)
    if (!override && !before.override) return toDto(tx, before)
    const now = nowIso(tx)
    if (!(await writeTierOverride(tx.db, id, before.version, override, now)))
      throw versionLost(before.version)
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'customer',
      entityId: id,
      action: 'update',
      before: snapshot(before.override),
      after: snapshot(override),
    })
    return toDto(tx, (await findTierState(tx.db, id)) as TierState)
  })
}

/** A manual tier wins over the computed one until its last day; the reason is required, `until` not in the past. */
export async function setTierOverride(
  ctx: AppContext,
  id: string,
  input: unknown,
  version?: number,
): Promise<CustomerTier> {
  requireActor(ctx, ['admin', 'manager'])
  const body = parseInput(TierOverrideBodySchema, input)
  if (body.until && body.until < today(ctx))
    throw new AppError('validation', 'error.validation', {}, [{ path: 'until', key: 'field.not_past' }])
  return changeOverride(ctx, id, { tier: body.tier, reason: body.reason, until: body.until }, version)
}

export async function removeTierOverride(
  ctx: AppContext,
  id: string,
  version?: number,
): Promise<CustomerTier> {
  return changeOverride(ctx, id, null, version)
}
