import type { MonitorRow } from '../../../contracts/team-monitor'
import type { ChartOption } from '../../lib/echarts'
import { BAR_COLORS, coverageBand } from './coverage-scale'

/**
 * One bar per rep: their coverage over the period in percent, coloured on the table's scale, the
 * value above it. A rep with nothing required has no bar (null), not a zero.
 */
export function coverageChartOption(
  reps: readonly MonitorRow[],
  texts: { coverage: string; percent: (share: number) => string },
): ChartOption {
  return {
    animationDuration: 300,
    grid: { left: 8, right: 8, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value) => (typeof value === 'number' ? texts.percent(value / 100) : '—'),
    },
    xAxis: { type: 'category', data: reps.map((r) => r.repName), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => `${v}%` } },
    series: [
      {
        type: 'bar',
        name: texts.coverage,
        barMaxWidth: 48,
        label: {
          show: true,
          position: 'top',
          formatter: (p) => (typeof p.value === 'number' ? texts.percent(p.value / 100) : ''),
        },
        data: reps.map((r) => ({
          value: r.coverage.coverage === null ? null : Math.round(r.coverage.coverage * 1000) / 10,
          itemStyle: { color: BAR_COLORS[coverageBand(r.coverage.coverage)] },
        })),
      },
    ],
  }
}
