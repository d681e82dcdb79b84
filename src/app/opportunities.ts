import { AppError } from '../core/app-error'
import { inScope, type Scope } from '../core/access/customer-access'
import { OWNER_ROLES, type Role } from '../core/access/roles'
import { localDateAt } from '../core/dates/local-date'
import type { LossReason } from '../core/opportunities/lost-reasons'
import { planStageMove } from '../core/opportunities/stage-move'
import { isOpenStage, type OpenStage, type OpportunityStage } from '../core/opportunities/stages'
import type {
  CreateOpportunity,
  MoveOpportunity,
  Opportunity,
  OpportunityDetail,
  StageChange,
  UpdateOpportunity,
} from '../contracts/opportunities'
import { writeAudit } from '../db/audit-log.repo'
import { findCustomer } from '../db/customers.repo'
import {
  findOpportunity,
  insertOpportunity,
  insertStageChange,
  listStageChanges,
  updateOpportunityRow,
  type OpportunityChanges,
  type OpportunityRecord,
} from '../db/opportunities.repo'
import { findUserById } from '../db/users.repo'
import { checkVersion, versionLost } from './check-version'
import { inTransaction, nowIso, type AppContext } from './context'
import { moneyScope, readScope, writeScope } from './customer-scope'
import { newId } from './new-id'
import { requireActor } from './require-actor'

export const toOpportunityDto = (o: OpportunityRecord): Opportunity => ({
  id: o.id,
  customerId: o.customerId,
  customerName: o.customerName,
  ownerId: o.ownerId,
  ownerName: o.ownerName,
  title: o.title,
  amount: o.amountMinor,
  expectedOn: o.expectedOn,
  stage: o.stage as OpportunityStage,
  highestStage: o.highestStage as OpenStage,
  lostAtStage: o.lostAtStage as OpenStage | null,
  lossReason: o.lossReason as LossReason | null,
  lostNote: o.lostNote,
  closedOn: o.closedOn,
  note: o.note,
  version: o.version,
  createdAt: o.createdAt,
  updatedAt: o.updatedAt,
})

const invalid = (path: string, key: 'field.invalid' | 'error.invalid_owner' = 'field.invalid') =>
  new AppError('validation', 'error.validation', {}, [{ path, key }])

const today = (ctx: AppContext) => localDateAt(ctx.now(), ctx.config.timeZone)

/** Visible by its owner (DOMAIN.md "People and visibility"); outside the read scope it is absent. */
async function loadVisible(ctx: AppContext, id: string): Promise<OpportunityRecord> {
  const found = await findOpportunity(ctx.db, id)
  if (!found || !inScope(await moneyScope(ctx), found.ownerId)) throw new AppError('not_found')
  return found
}

/** …and changed by whoever may change the owner's customers: the owner, their managers, admins. */
async function loadWritable(ctx: AppContext, id: string, version: number) {
  const found = await loadVisible(ctx, id)
  const scope = await writeScope(ctx)
  if (!inScope(scope, found.ownerId)) throw new AppError('forbidden')
  checkVersion(found, version)
  return { found, scope: scope as Scope }
}

/** A customer the actor may read; else the field is invalid (absent and hidden look the same). */
async function visibleCustomer(ctx: AppContext, customerId: string) {
  const customer = await findCustomer(ctx.db, customerId)
  if (!customer || !inScope(await readScope(ctx), customer.ownerId)) throw invalid('customerId')
  return customer
}

/** The owner: given, else the customer's owner, else the actor when they sell — an active seller in scope. */
async function ownerFor(
  ctx: AppContext,
  scope: Scope,
  requested: string | undefined,
  customerOwner: string | null,
) {
  const actor = requireActor(ctx)
  const ownerId = requested ?? customerOwner ?? (OWNER_ROLES.includes(actor.role) ? actor.id : undefined)
  if (!ownerId)
    throw new AppError('validation', 'error.validation', {}, [{ path: 'ownerId', key: 'field.required' }])
  const owner = await findUserById(ctx.db, ownerId)
  if (!owner || owner.disabled || !OWNER_ROLES.includes(owner.role as Role) || !inScope(scope, ownerId))
    throw invalid('ownerId', 'error.invalid_owner')
  return ownerId
}

/** Applies a change at the version read, audits it, and returns the opportunity as it now is. */
async function change(tx: AppContext, before: OpportunityRecord, changes: OpportunityChanges) {
  const at = nowIso(tx)
  if (!(await updateOpportunityRow(tx.db, before.id, before.version, changes, at)))
    throw versionLost(before.version)
  const after = toOpportunityDto((await findOpportunity(tx.db, before.id)) as OpportunityRecord)
  await writeAudit(tx.db, {
    at,
    actorId: tx.actor?.id ?? null,
    entity: 'opportunity',
    entityId: before.id,
    action: 'update',
    before: toOpportunityDto(before),
    after,
  })
  return after
}

/** Opens an opportunity (商機) at a hurdle — `person` unless the rep is already further along. */
export async function createOpportunity(ctx: AppContext, input: CreateOpportunity): Promise<Opportunity> {
  const actor = requireActor(ctx)
  const scope = await writeScope(ctx)
  if (!scope) throw new AppError('forbidden')
  return inTransaction(ctx, async (tx) => {
    const customer = await visibleCustomer(tx, input.customerId)
    const ownerId = await ownerFor(tx, scope, input.ownerId, customer.ownerId)
    const id = newId()
    const at = nowIso(tx)
    await insertOpportunity(
      tx.db,
      {
        id,
        customer_id: customer.id,
        owner_id: ownerId,
        title: input.title,
        amount_minor: input.amount,
        expected_on: input.expectedOn,
        stage: input.stage,
        highest_stage: input.stage,
        lost_at_stage: null,
        lost_reason: null,
        lost_note: null,
        closed_on: null,
        note: input.note,
      },
      at,
    )
    await insertStageChange(tx.db, {
      id: newId(),
      opportunity_id: id,
      from_stage: null,
      to_stage: input.stage,
      lost_reason: null,
      changed_at: at,
      changed_on: today(tx),
      actor_id: actor.id,
    })
    const created = toOpportunityDto((await findOpportunity(tx.db, id)) as OpportunityRecord)
    await writeAudit(tx.db, {
      at,
      actorId: actor.id,
      entity: 'opportunity',
      entityId: id,
      action: 'create',
      before: null,
      after: created,
    })
    return created
  })
}

/** One opportunity with its stage history, oldest change first. */
export async function getOpportunity(ctx: AppContext, id: string): Promise<OpportunityDetail> {
  requireActor(ctx)
  const found = await loadVisible(ctx, id)
  const history = await listStageChanges(ctx.db, id)
  return {
    ...toOpportunityDto(found),
    history: history.map((h): StageChange => ({
      ...h,
      fromStage: h.fromStage as OpportunityStage | null,
      toStage: h.toStage as OpportunityStage,
      lossReason: h.lossReason as LossReason | null,
    })),
  }
}

/** Changes an open opportunity's details; a closed one is history until a manager reopens it. */
export async function updateOpportunity(
  ctx: AppContext,
  id: string,
  version: number,
  input: UpdateOpportunity,
): Promise<Opportunity> {
  requireActor(ctx)
  return inTransaction(ctx, async (tx) => {
    const { found, scope } = await loadWritable(tx, id, version)
    if (!isOpenStage(found.stage as OpportunityStage))
      throw new AppError('domain_rule', 'error.opportunity_closed')
    const customer = input.customerId ? await visibleCustomer(tx, input.customerId) : undefined
    const ownerId =
      input.ownerId && input.ownerId !== found.ownerId
        ? await ownerFor(tx, scope, input.ownerId, null)
        : undefined
    return change(tx, found, {
      customer_id: customer?.id,
      owner_id: ownerId,
      title: input.title,
      amount_minor: input.amount,
      expected_on: input.expectedOn,
      note: input.note,
    })
  })
}

/**
 * Moves an opportunity to a stage (core/opportunities/stage-move.ts has the rule) and records the
 * change — who, when, from and to — so that the analysis can follow every deal through the hurdles.
 */
export async function moveOpportunity(
  ctx: AppContext,
  id: string,
  version: number,
  input: MoveOpportunity,
): Promise<Opportunity> {
  const actor = requireActor(ctx)
  return inTransaction(ctx, async (tx) => {
    const { found } = await loadWritable(tx, id, version)
    const day = today(tx)
    const outcome = planStageMove(
      { stage: found.stage as OpportunityStage, highestStage: found.highestStage as OpenStage },
      {
        to: input.stage,
        lossReason: input.lossReason,
        // The owner's manager (write scope includes the owner) or an admin: never the rep alone.
        mayReopen: actor.role === 'admin' || actor.role === 'manager',
      },
    )
    if (!outcome.ok)
      throw outcome.code === 'validation'
        ? new AppError('validation', 'error.validation', {}, [
            { path: outcome.path ?? 'stage', key: outcome.key },
          ])
        : new AppError('domain_rule', outcome.key)
    if (input.closedOn && !outcome.closes)
      throw new AppError('validation', 'error.validation', {}, [
        { path: 'closedOn', key: 'error.opportunity_closed_only' },
      ])
    if (input.closedOn && input.closedOn > day)
      throw new AppError('validation', 'error.validation', {}, [
        { path: 'closedOn', key: 'error.opportunity_closed_future' },
      ])
    const closedOn = outcome.closes ? (input.closedOn ?? day) : null
    const lost = outcome.stage === 'lost'
    const moved = await change(tx, found, {
      stage: outcome.stage,
      highest_stage: outcome.highestStage,
      lost_at_stage: outcome.lostAtStage,
      lost_reason: lost ? input.lossReason : null,
      lost_note: lost ? input.lostNote : null,
      closed_on: closedOn,
    })
    await insertStageChange(tx.db, {
      id: newId(),
      opportunity_id: found.id,
      from_stage: found.stage,
      to_stage: outcome.stage,
      lost_reason: lost ? input.lossReason : null,
      changed_at: nowIso(tx),
      changed_on: closedOn ?? day,
      actor_id: actor.id,
    })
    return moved
  })
}
