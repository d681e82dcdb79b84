import { AppError } from '../core/app-error'
import { planIssues } from '../core/commission/plan-issues'
import { writeAudit } from '../db/audit-log.repo'
import { countAssignmentsByPlan } from '../db/commission-assignments.repo'
import {
  deletePlanRow,
  findPlan,
  insertPlan,
  listPlanRows,
  updatePlanRow,
  type PlanFields,
  type PlanRecord,
} from '../db/commission-plans.repo'
import type { Plan, PlanInput } from '../contracts/commission'
import { checkVersion, versionLost } from './check-version'
import { commissionScope, requireCommissionManager } from './commission-scope'
import { inTransaction, nowIso, type AppContext } from './context'
import { newId } from './new-id'

const toDto = (p: PlanRecord, assignments: number): Plan => ({
  id: p.id,
  name: p.name,
  mode: p.mode,
  brackets: p.brackets,
  newCustomerBonus: p.newCustomerBonusMinor,
  bonusMinOrder: p.bonusMinOrderMinor,
  note: p.note,
  assignments,
  version: p.version,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
})

/** The plan's fields, or 400 naming every bracket that is wrong (core/commission/plan-issues.ts). */
function validPlan(input: PlanInput): PlanFields {
  const issues = planIssues(input.brackets, input.mode)
  if (issues.length) throw new AppError('validation', 'error.commission_brackets', {}, issues)
  return {
    name: input.name,
    mode: input.mode,
    brackets: input.brackets,
    newCustomerBonusMinor: input.newCustomerBonus,
    bonusMinOrderMinor: input.bonusMinOrder,
    note: input.note,
  }
}

async function loadPlan(ctx: AppContext, id: string) {
  const plan = await findPlan(ctx.db, id)
  if (!plan) throw new AppError('not_found')
  return plan
}

/** Plans are the organisation's published rules: everyone who has commission may read them. */
export async function listPlans(ctx: AppContext): Promise<{ items: Plan[] }> {
  await commissionScope(ctx)
  const counts = await countAssignmentsByPlan(ctx.db)
  return { items: (await listPlanRows(ctx.db)).map((p) => toDto(p, counts.get(p.id) ?? 0)) }
}

export async function getPlan(ctx: AppContext, id: string): Promise<Plan> {
  await commissionScope(ctx)
  const counts = await countAssignmentsByPlan(ctx.db)
  return toDto(await loadPlan(ctx, id), counts.get(id) ?? 0)
}

export async function createPlan(ctx: AppContext, input: PlanInput): Promise<Plan> {
  const actor = requireCommissionManager(ctx)
  const fields = validPlan(input)
  return inTransaction(ctx, async (tx) => {
    const id = newId()
    const now = nowIso(tx)
    await insertPlan(tx.db, { id, ...fields }, now)
    const created = toDto(await loadPlan(tx, id), 0)
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'commission_plan',
      entityId: id,
      action: 'create',
      before: null,
      after: created,
    })
    return created
  })
}

/**
 * Replaces a plan's rules at the version read (If-Match). Statements are computed, never stored,
 * so a changed plan changes every statement of the periods it is assigned to — the audit log keeps
 * what it said before.
 */
export async function updatePlan(
  ctx: AppContext,
  id: string,
  version: number,
  input: PlanInput,
): Promise<Plan> {
  const actor = requireCommissionManager(ctx)
  const fields = validPlan(input)
  return inTransaction(ctx, async (tx) => {
    const before = await loadPlan(tx, id)
    checkVersion(before, version)
    const now = nowIso(tx)
    if (!(await updatePlanRow(tx.db, id, version, fields, now))) throw versionLost(version)
    const assigned = (await countAssignmentsByPlan(tx.db)).get(id) ?? 0
    const after = toDto(await loadPlan(tx, id), assigned)
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'commission_plan',
      entityId: id,
      action: 'update',
      before: toDto(before, assigned),
      after,
    })
    return after
  })
}

/** Deletes (softly) a plan no assignment uses; a plan in use says so and stays. */
export async function deletePlan(ctx: AppContext, id: string, version?: number): Promise<void> {
  const actor = requireCommissionManager(ctx)
  await inTransaction(ctx, async (tx) => {
    const before = await loadPlan(tx, id)
    if (version !== undefined) checkVersion(before, version)
    const assigned = (await countAssignmentsByPlan(tx.db)).get(id) ?? 0
    if (assigned > 0) throw new AppError('conflict', 'error.commission_plan_in_use', { count: assigned })
    const now = nowIso(tx)
    if (!(await deletePlanRow(tx.db, id, before.version, now))) throw versionLost(before.version)
    await writeAudit(tx.db, {
      at: now,
      actorId: actor.id,
      entity: 'commission_plan',
      entityId: id,
      action: 'delete',
      before: toDto(before, 0),
      after: null,
    })
  })
}
