/** The sales bridge (DOMAIN.md "Analyses"): Q + new + reactivated + expansion − contraction − lost = P. */
export type Bridge = {
  previous: number
  new: number
  reactivated: number
  expansion: number
  contraction: number
  lost: number
  current: number
}

export const BRIDGE_STEPS = [
  'previous',
  'new',
  'reactivated',
  'expansion',
  'contraction',
  'lost',
  'current',
] as const
export type BridgeStep = (typeof BRIDGE_STEPS)[number]

/**
 * The bridge as a waterfall drawn with a stacked bar chart (PowerPoint's own waterfall is not part
 * of the chart XML every program reads): per step an invisible `base` the bar floats on, and its
 * `rise`, `fall` or `total` (the two ends). Bars float at the running total: a rise starts where
 * the one before ended, a fall ends there.
 */
export function waterfallSeries(bridge: Bridge): {
  base: number[]
  rise: number[]
  fall: number[]
  total: number[]
} {
  const base: number[] = []
  const rise: number[] = []
  const fall: number[] = []
  const total: number[] = []
  let level = 0
  for (const step of BRIDGE_STEPS) {
    const amount = bridge[step]
    if (step === 'previous' || step === 'current') {
      base.push(0)
      rise.push(0)
      fall.push(0)
      total.push(amount)
      level = amount
    } else if (step === 'contraction' || step === 'lost') {
      level -= amount
      base.push(level)
      rise.push(0)
      fall.push(amount)
      total.push(0)
    } else {
      base.push(level)
      rise.push(amount)
      fall.push(0)
      total.push(0)
      level += amount
    }
  }
  return { base, rise, fall, total }
}
