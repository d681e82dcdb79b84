/** Where a rep's coverage stands: the thresholds of the table's and the chart's colour scale. */
export type CoverageBand = 'good' | 'fair' | 'poor' | 'bad' | 'none'

export function coverageBand(coverage: number | null): CoverageBand {
  if (coverage === null) return 'none'
  if (coverage >= 0.9) return 'good'
  if (coverage >= 0.7) return 'fair'
  if (coverage >= 0.5) return 'poor'
  return 'bad'
}

/** antd's green, lime, orange and red (text on a light tint), grey when nothing was required. */
export const BAND_COLORS: Record<CoverageBand, { text: string; background: string }> = {
  good: { text: '#237804', background: '#f6ffed' },
  fair: { text: '#5b8c00', background: '#fcffe6' },
  poor: { text: '#d46b08', background: '#fff7e6' },
  bad: { text: '#cf1322', background: '#fff1f0' },
  none: { text: '#8c8c8c', background: 'transparent' },
}

/** The bar of the chart: the band's strong colour. */
export const BAR_COLORS: Record<CoverageBand, string> = {
  good: '#52c41a',
  fair: '#a0d911',
  poor: '#fa8c16',
  bad: '#f5222d',
  none: '#d9d9d9',
}
