import type { ChartOption } from '../../lib/echarts'

/** Sales and collections side by side for each month. */
export function monthlyOption(
  months: readonly { month: string; sales: number; collections: number }[],
  texts: { sales: string; collections: string; money: (minor: number, short?: boolean) => string },
): ChartOption {
  return {
    animationDuration: 300,
    grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, data: [texts.sales, texts.collections] },
    tooltip: { trigger: 'axis', valueFormatter: (v) => texts.money(Number(v)) },
    xAxis: { type: 'category', data: months.map((m) => m.month), axisLabel: { color: '#595959' } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => texts.money(v, true) } },
    series: [
      { name: texts.sales, type: 'bar', color: '#1677ff', data: months.map((m) => m.sales) },
      { name: texts.collections, type: 'bar', color: '#13c2c2', data: months.map((m) => m.collections) },
    ],
  }
}
