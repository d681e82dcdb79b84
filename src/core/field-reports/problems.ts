/** A problem raised in a monthly work report and the solution its author proposes (問題 / 解決方案). */
export type Problem = { problem: string; solution: string | null }

/**
 * DOMAIN.md "Reports from the field": every problem raised must carry a proposed solution, or it is
 * rejected. The positions (0-based) of the problems without one — blank counts as none.
 */
export const unsolvedProblems = (problems: readonly Problem[]): number[] =>
  problems.flatMap((p, i) => (p.solution && p.solution.trim() ? [] : [i]))
