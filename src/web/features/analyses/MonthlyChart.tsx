import ReactEChartsCore from 'echarts-for-react/esm/core'
import type { Monthly } from '../../../contracts/analyses'
import { useT } from '../../i18n/use-t'
import { echarts } from '../../lib/echarts'
import { chartMoney } from './chart-texts'
import { monthlyOption } from './monthly-option'

/** Sales and collections of each month. */
export function MonthlyChart({ months }: { months: Monthly['months'] }) {
  const { t, lang } = useT()
  return (
    <div data-testid="monthly-chart">
      <ReactEChartsCore
        echarts={echarts}
        notMerge
        style={{ height: 320, width: '100%' }}
        option={monthlyOption(months, {
          sales: t('analysis.metric.sales'),
          collections: t('analysis.metric.collections'),
          money: chartMoney(lang),
        })}
      />
    </div>
  )
}
