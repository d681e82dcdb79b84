import type { FieldIssue } from '../app-error'
import type { ObjectiveResult } from './visit-status'

/**
 * What makes a review incomplete (DOMAIN.md "Visits": each objective achieved yes / partly / no,
 * with a reason when not): every planned objective needs a result, and a reason unless the result
 * is `yes`; an objective that is not the visit's is refused. Issues name `objectives.<i>.…` in the
 * order the plan lists them, so a form can point at the line.
 */
export function reviewIssues(
  planned: readonly { id: string }[],
  given: readonly { id: string; result?: ObjectiveResult | null; reason?: string | null }[],
): FieldIssue[] {
  const issues: FieldIssue[] = []
  const byId = new Map(given.map((g) => [g.id, g]))
  const known = new Set(planned.map((p) => p.id))
  given.forEach((g, i) => {
    if (!known.has(g.id)) issues.push({ path: `objectives.${i}.id`, key: 'field.invalid' })
  })
  planned.forEach((p, i) => {
    const g = byId.get(p.id)
    if (!g?.result) issues.push({ path: `objectives.${i}.result`, key: 'error.objective_result_required' })
    else if (g.result !== 'yes' && !g.reason?.trim())
      issues.push({ path: `objectives.${i}.reason`, key: 'error.objective_reason_required' })
  })
  return issues
}
