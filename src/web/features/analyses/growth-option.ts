import type { GrowthPoint } from '../../../core/analyses/growth'
import type { ChartOption } from '../../lib/echarts'

/** Sales per period as bars, growth over the period before as a line on its own (percent) axis. */
export function growthOption(
  series: readonly GrowthPoint[],
  texts: {
    sales: string
    growth: string
    label: (bucket: string) => string
    money: (minor: number, short?: boolean) => string
    percent: (fraction: number | null) => string
  },
): ChartOption {
  return {
    animationDuration: 300,
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, data: [texts.sales, texts.growth] },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const index = (Array.isArray(params) ? params[0]?.dataIndex : params.dataIndex) ?? 0
        const p = series[index]
        return p
          ? `<b>${texts.label(p.period)}</b><br/>${texts.sales}: ${texts.money(p.sales)}<br/>${texts.growth}: ${texts.percent(p.growth)}`
          : ''
      },
    },
    xAxis: {
      type: 'category',
      data: series.map((p) => texts.label(p.period)),
      // A few periods each named, a long one ("2026 (2026-01-01 – 2026-11-27)") on two lines rather
      // than hidden; many months are thinned out by ECharts.
      axisLabel: {
        color: '#595959',
        interval: series.length <= 12 ? 0 : 'auto',
        width: 120,
        overflow: 'break',
      },
    },
    yAxis: [
      { type: 'value', axisLabel: { formatter: (v: number) => texts.money(v, true) } },
      {
        type: 'value',
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => texts.percent(v) },
      },
    ],
    series: [
      { name: texts.sales, type: 'bar', color: '#1677ff', barMaxWidth: 64, data: series.map((p) => p.sales) },
      {
        name: texts.growth,
        type: 'line',
        yAxisIndex: 1,
        color: '#fa8c16',
        connectNulls: false,
        data: series.map((p) => p.growth),
      },
    ],
  }
}
