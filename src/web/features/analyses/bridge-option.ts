import type { Bridge } from '../../../core/analyses/gain-loss'
import type { ChartOption } from '../../lib/echarts'

export const BRIDGE_COLORS = { total: '#1677ff', up: '#52c41a', down: '#f5222d' } as const

export type BridgeStep = { label: string; value: number; kind: 'total' | 'up' | 'down'; base: number }

/**
 * The sales bridge as waterfall steps (DOMAIN.md: sales(Q) + new + reactivated + expansion −
 * contraction − lost = sales(P)): the two totals stand on the axis; each step floats from the
 * running total, an increase above it, a decrease below it.
 */
export function bridgeSteps(bridge: Bridge, labels: Record<keyof Bridge, string>): BridgeStep[] {
  const steps: BridgeStep[] = [{ label: labels.previous, value: bridge.previous, kind: 'total', base: 0 }]
  let running = bridge.previous
  for (const key of ['new', 'reactivated', 'expansion'] as const) {
    steps.push({ label: labels[key], value: bridge[key], kind: 'up', base: running })
    running += bridge[key]
  }
  for (const key of ['contraction', 'lost'] as const) {
    running -= bridge[key]
    steps.push({ label: labels[key], value: bridge[key], kind: 'down', base: running })
  }
  steps.push({ label: labels.current, value: bridge.current, kind: 'total', base: 0 })
  return steps
}

/**
 * The waterfall: an invisible bar lifts each step to where it starts; labels say + or −. On a
 * phone (`compact`) the step names are slanted and the amounts left to the tooltip.
 */
export function bridgeOption(
  steps: readonly BridgeStep[],
  money: (minor: number, short?: boolean) => string,
  compact = false,
): ChartOption {
  const sign = (s: BridgeStep) => (s.kind === 'up' ? '+' : s.kind === 'down' ? '−' : '')
  return {
    animationDuration: 300,
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const index = (Array.isArray(params) ? params[0]?.dataIndex : params.dataIndex) ?? 0
        const step = steps[index]
        return step ? `<b>${step.label}</b><br/>${sign(step)}${money(step.value)}` : ''
      },
    },
    xAxis: {
      type: 'category',
      data: steps.map((s) => s.label),
      axisLabel: { interval: 0, color: '#595959', rotate: compact ? 40 : 0 },
    },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => money(v, true) } },
    series: [
      {
        type: 'bar',
        stack: 'bridge',
        silent: true,
        itemStyle: { color: 'transparent' },
        data: steps.map((s) => s.base),
      },
      {
        type: 'bar',
        stack: 'bridge',
        barMaxWidth: 56,
        label: {
          show: !compact,
          position: 'top',
          formatter: (p) => {
            const step = steps[p.dataIndex]
            return step ? `${sign(step)}${money(step.value, true)}` : ''
          },
        },
        data: steps.map((s) => ({ value: s.value, itemStyle: { color: BRIDGE_COLORS[s.kind] } })),
      },
    ],
  }
}
