import type { Role } from '../access/roles'
import { reportingTree, type ReportingLine } from '../access/reporting-tree'

/**
 * Who comments on a rep's monthly work report (DOMAIN.md "Reports from the field": the manager's
 * comments): an administrator, or a sales manager the rep reports to, directly or further up the
 * reporting line. Never the rep themselves, nor anyone beside or below them.
 */
export function mayComment(
  actor: { id: string; role: Role },
  repId: string,
  lines: readonly ReportingLine[],
): boolean {
  if (actor.role === 'admin') return actor.id !== repId
  if (actor.role !== 'manager' || actor.id === repId) return false
  return reportingTree(lines, actor.id).includes(repId)
}
