/** A figure in two periods, with the difference and the percent change (a fraction: 0.234 = 23.4 %). */
export type Change = { current: number; previous: number; difference: number; change: number | null }

/** The change is undefined — null, never Infinity or NaN — when the previous figure is 0. */
export function changeOf(current: number, previous: number): Change {
  return {
    current,
    previous,
    difference: current - previous,
    change: previous === 0 ? null : (current - previous) / Math.abs(previous),
  }
}

/**
 * The expense ratio (費用率) of DOMAIN.md: approved expenses over sales of the same period, the
 * seed's measure of market-expense control (費用承包 is also set against what is sold). Null when
 * nothing was sold. A fraction.
 */
export const expenseRatio = (expenses: number, sales: number): number | null =>
  sales === 0 ? null : expenses / sales

/** A ratio in two periods: the difference in points (a fraction) and the change, null where undefined. */
export function ratioChange(current: number | null, previous: number | null) {
  if (current === null || previous === null) return { current, previous, difference: null, change: null }
  return changeOf(current, previous)
}
