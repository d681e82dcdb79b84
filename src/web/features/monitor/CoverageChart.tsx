import ReactEChartsCore from 'echarts-for-react/esm/core'
import type { MonitorRow } from '../../../contracts/team-monitor'
import { useT } from '../../i18n/use-t'
import { echarts } from '../../lib/echarts'
import { coverageChartOption } from './coverage-chart-option'
import { formatShare } from './CoverageCell'

/** Coverage per rep as bars, on the same colour scale as the table. */
export function CoverageChart({ reps }: { reps: readonly MonitorRow[] }) {
  const { t, lang } = useT()
  return (
    <div data-testid="coverage-chart">
      <ReactEChartsCore
        echarts={echarts}
        option={coverageChartOption(reps, {
          coverage: t('monitor.coverage'),
          percent: (share) => formatShare(share, lang),
        })}
        notMerge
        style={{ height: 280, width: '100%' }}
      />
    </div>
  )
}
