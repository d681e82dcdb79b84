import { Flex, Typography } from 'antd'
import ReactEChartsCore from 'echarts-for-react/esm/core'
import type { ParetoPoint } from '../../../contracts/classification'
import type { Lang } from '../../../core/i18n/lang'
import { formatMoney } from '../../../core/money/format-money'
import { useT, type Translate } from '../../i18n/use-t'
import { echarts } from '../../lib/echarts'
import { TierTag } from '../customers/TierTag'
import { BAND_COLORS, paretoBands, paretoOption, TIER_COLORS, type ParetoTexts } from './pareto-option'

type Metric = 'sales' | 'collections'
type Props = { points: ParetoPoint[]; shares: { a: number; b: number }; metric: Metric }

const LOCALES: Record<Lang, string> = { 'zh-Hant': 'zh-TW', 'zh-Hans': 'zh-CN', en: 'en-US' }

function chartTexts(t: Translate, lang: Lang, metric: Metric): ParetoTexts {
  const compact = new Intl.NumberFormat(LOCALES[lang], { notation: 'compact', maximumFractionDigits: 1 })
  const percent = new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 })
  return {
    value: t(`abc.column.${metric}`),
    cumulative: t('abc.cumulativeShare'),
    band: (tier) => t('customers.tierLong', { tier }),
    ranks: (p) =>
      p.firstRank === p.lastRank
        ? String(p.firstRank)
        : t('abc.ranks', { first: p.firstRank, last: p.lastRank }),
    // The axis in whole units, shortened (1.2萬, 12K); the tooltip to the cent.
    money: (minor, short) => (short ? compact.format(minor / 100) : formatMoney(minor, lang)),
    percent: (share) => percent.format(share),
  }
}

/** Customers ranked by the run's metric, the cumulative share, and the A/B/C bands. */
export function ParetoChart({ points, shares, metric }: Props) {
  const { t, lang } = useT()
  const percent = new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 })
  return (
    <div data-testid="pareto-chart">
      <Flex gap={16} wrap justify="center" style={{ marginBottom: 4 }} data-testid="pareto-bands">
        {paretoBands(shares).map(([tier, from, to]) => (
          <Flex key={tier} gap={6} align="center">
            <span
              style={{
                width: 14,
                height: 14,
                borderRadius: 3,
                background: BAND_COLORS[tier],
                border: `1px solid ${TIER_COLORS[tier]}`,
              }}
            />
            <TierTag tier={tier} long />
            <Typography.Text type="secondary">
              {t('abc.band', { from: percent.format(from), to: percent.format(to) })}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
      <ReactEChartsCore
        echarts={echarts}
        option={paretoOption(points, shares, chartTexts(t, lang, metric))}
        notMerge
        style={{ height: 380, width: '100%' }}
      />
    </div>
  )
}
