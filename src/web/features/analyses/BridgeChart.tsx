import { Grid } from 'antd'
import ReactEChartsCore from 'echarts-for-react/esm/core'
import type { Bridge } from '../../../core/analyses/gain-loss'
import { periodLabel } from '../../../core/analyses/period-label'
import { useT } from '../../i18n/use-t'
import { echarts } from '../../lib/echarts'
import { bridgeOption, bridgeSteps } from './bridge-option'
import { chartMoney } from './chart-texts'

type Props = { bridge: Bridge; period: { from: string; to: string }; previous: { from: string; to: string } }

/** 銷售增減瀑布圖: sales of Q, what new, returning, growing, shrinking and lost customers changed, sales of P. */
export function BridgeChart({ bridge, period, previous }: Props) {
  const { t, lang } = useT()
  const compact = !Grid.useBreakpoint().md
  const sales = t('analysis.metric.sales')
  const steps = bridgeSteps(bridge, {
    previous: `${sales} ${periodLabel(previous, lang)}`,
    new: t('analysis.group.new'),
    reactivated: t('analysis.group.reactivated'),
    expansion: t('analysis.bridge.expansion'),
    contraction: t('analysis.bridge.contraction'),
    lost: t('analysis.group.lost'),
    current: `${sales} ${periodLabel(period, lang)}`,
  })
  return (
    <div data-testid="bridge-chart">
      <ReactEChartsCore
        echarts={echarts}
        notMerge
        option={bridgeOption(steps, chartMoney(lang), compact)}
        style={{ height: 340, width: '100%' }}
      />
    </div>
  )
}
