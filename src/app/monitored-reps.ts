import { AppError } from '../core/app-error'
import { customerReadScope } from '../core/access/customer-access'
import { reportingTree, type ReportingLine } from '../core/access/reporting-tree'
import { OWNER_ROLES, type Role } from '../core/access/roles'
import { listReportingLines, listUsers } from '../db/users.repo'
import type { AppContext } from './context'
import { requireActor } from './require-actor'

export type MonitoredRep = {
  id: string
  name: string
  role: Role
  managerId: string | null
  disabled: boolean
}

/**
 * The sales reps and managers whose follow-up work the caller may watch (DOMAIN.md "Monitoring",
 * "People and visibility"): a rep themselves; a manager everyone in their tree, themselves
 * included; admin, finance and the auditor everyone (the last two read only). By name.
 */
export async function monitoredReps(
  ctx: AppContext,
): Promise<{ reps: MonitoredRep[]; lines: ReportingLine[] }> {
  const actor = requireActor(ctx)
  const lines = await listReportingLines(ctx.db)
  const scope = customerReadScope(actor, lines)
  const users = await listUsers(ctx.db, scope.kind === 'all' ? undefined : scope.ownerIds)
  const reps = users
    .filter((u) => OWNER_ROLES.includes(u.role as Role))
    .map((u) => ({
      id: u.id,
      name: u.name,
      role: u.role as Role,
      managerId: u.managerId,
      disabled: u.disabled,
    }))
  return { reps, lines }
}

/**
 * Narrows the reps to one rep, or to a manager's team (their tree). Someone outside what the
 * caller may see is absent (404), as everywhere else.
 */
export function pickReps(
  reps: readonly MonitoredRep[],
  lines: readonly ReportingLine[],
  query: { rep?: string; team?: string },
): MonitoredRep[] {
  let picked = [...reps]
  if (query.team) {
    const manager = reps.find((r) => r.id === query.team && r.role === 'manager')
    if (!manager) throw new AppError('not_found')
    const tree = new Set(reportingTree(lines, manager.id))
    picked = picked.filter((r) => tree.has(r.id))
  }
  if (query.rep) {
    picked = picked.filter((r) => r.id === query.rep)
    if (picked.length === 0) throw new AppError('not_found')
  }
  return picked
}

/** Disabled people stay in the figures only while they still own customers (left to reassign). */
export const stillCounted = (reps: readonly MonitoredRep[], owners: ReadonlySet<string>) =>
  reps.filter((r) => !r.disabled || owners.has(r.id))
