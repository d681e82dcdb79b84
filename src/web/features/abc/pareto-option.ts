import type { ParetoPoint } from '../../../contracts/classification'
import type { Tier } from '../../../core/follow-ups/tier'
import type { ChartOption } from '../../lib/echarts'

/** The tier colours of TierTag (antd gold, geekblue, grey), so the chart and the tags agree. */
export const TIER_COLORS: Record<Tier, string> = { A: '#faad14', B: '#2f54eb', C: '#bfbfbf' }
export const BAND_COLORS: Record<Tier, string> = {
  A: 'rgba(250, 173, 20, 0.12)',
  B: 'rgba(47, 84, 235, 0.08)',
  C: 'rgba(0, 0, 0, 0.04)',
}
const LINE_COLOR = '#cf1322'

/** The share of the total each tier's band spans on the cumulative axis: A up to a, B up to b, C the rest. */
export const paretoBands = (shares: { a: number; b: number }): [Tier, number, number][] => [
  ['A', 0, shares.a],
  ['B', shares.a, shares.b],
  ['C', shares.b, 1],
]

export type ParetoTexts = {
  /** The metric's name: the bars' legend. */
  value: string
  cumulative: string
  /** "A customers", for a band. */
  band: (tier: Tier) => string
  /** The x-axis label of a point: its rank, or its ranks when it groups several customers. */
  ranks: (point: ParetoPoint) => string
  /** Cents as the reader writes money; `compact` for the axis (1.2萬, 12K). */
  money: (minor: number, compact?: boolean) => string
  percent: (share: number) => string
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

/**
 * The Pareto chart of an ABC run (DOMAIN.md): customers ranked on x, their metric as bars coloured
 * by tier, the cumulative share of the total as a line on the right axis, and the A, B and C bands
 * shaded behind it up to the run's shares — the customer whose bar crosses a line is still in the
 * band above, as the rule says.
 */
export function paretoOption(
  points: readonly ParetoPoint[],
  shares: { a: number; b: number },
  texts: ParetoTexts,
): ChartOption {
  return {
    animationDuration: 300,
    grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0, data: [texts.value, texts.cumulative] },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const index = (Array.isArray(params) ? params[0]?.dataIndex : params.dataIndex) ?? 0
        const point = points[index]
        if (!point) return ''
        const title = point.name ? `${escapeHtml(point.name)} · ${texts.ranks(point)}` : texts.ranks(point)
        return [
          `<b>${title}</b>`,
          `${texts.value}: ${texts.money(point.value)}`,
          `${texts.cumulative}: ${texts.percent(point.cumulativeShare)}`,
          texts.band(point.tier),
        ].join('<br/>')
      },
    },
    xAxis: {
      type: 'category',
      data: points.map(texts.ranks),
      axisTick: { alignWithLabel: true },
      axisLabel: { hideOverlap: true, color: '#8c8c8c' },
    },
    yAxis: [
      { type: 'value', axisLabel: { formatter: (v: number) => texts.money(v, true) } },
      {
        type: 'value',
        min: 0,
        max: 1,
        interval: 0.2,
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => texts.percent(v) },
      },
    ],
    series: [
      {
        type: 'bar',
        name: texts.value,
        color: TIER_COLORS.A,
        barMaxWidth: 48,
        data: points.map((p) => ({ value: p.value, itemStyle: { color: TIER_COLORS[p.tier] } })),
      },
      {
        type: 'line',
        name: texts.cumulative,
        yAxisIndex: 1,
        color: LINE_COLOR,
        symbolSize: points.length > 60 ? 0 : 6,
        data: points.map((p) => p.cumulativeShare),
        markArea: {
          silent: true,
          // Named beside the chart (ParetoChart): a label inside a band would sit under the bars.
          label: { show: false },
          data: paretoBands(shares).map(([tier, from, to]) => [
            { yAxis: from, itemStyle: { color: BAND_COLORS[tier] } },
            { yAxis: to },
          ]),
        },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { type: 'dashed', color: '#8c8c8c' },
          data: [{ yAxis: shares.a }, { yAxis: shares.b }],
        },
      },
    ],
  }
}
