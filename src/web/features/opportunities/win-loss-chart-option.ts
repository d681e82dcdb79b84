import type { WinLossView } from '../../../contracts/opportunities'
import type { ChartOption } from '../../lib/echarts'
import { STAGE_COLORS } from './stage-label'

type Texts = {
  stage: (stage: WinLossView['stages'][number]['stage']) => string
  reached: string
  lostAt: string
  percent: (share: number) => string
}

/**
 * The funnel through the three hurdles as bars: how many closed opportunities reached each stage
 * (in the stage's colour, with the share that went on to the next under it) and how many were lost
 * standing there.
 */
export function winLossChartOption(stages: WinLossView['stages'], texts: Texts): ChartOption {
  return {
    animationDuration: 300,
    grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, data: [texts.reached, texts.lostAt] },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: stages.map((s) =>
        s.conversion === null
          ? texts.stage(s.stage)
          : `${texts.stage(s.stage)}\n→ ${texts.percent(s.conversion)}`,
      ),
      axisLabel: { interval: 0, lineHeight: 16 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        name: texts.reached,
        barMaxWidth: 48,
        label: { show: true, position: 'top' },
        data: stages.map((s) => ({ value: s.reached, itemStyle: { color: STAGE_COLORS[s.stage] } })),
      },
      {
        type: 'bar',
        name: texts.lostAt,
        barMaxWidth: 48,
        label: { show: true, position: 'top', formatter: (p) => (p.value ? String(p.value) : '') },
        itemStyle: { color: STAGE_COLORS.lost },
        data: stages.map((s) => s.lostAt),
      },
    ],
  }
}
