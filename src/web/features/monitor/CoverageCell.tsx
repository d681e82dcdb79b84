import { Tooltip } from 'antd'
import type { Lang } from '../../../core/i18n/lang'
import { useT } from '../../i18n/use-t'
import { BAND_COLORS, coverageBand } from './coverage-scale'

type Line = { required: number; counted: number; coverage: number | null }
type Props = { line: Line; onOpen?: () => void; strong?: boolean }

const LOCALES: Record<Lang, string> = { 'zh-Hant': 'zh-TW', 'zh-Hans': 'zh-CN', en: 'en-US' }

export const formatShare = (share: number, lang: Lang) =>
  new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 }).format(share)

/**
 * Coverage as a percentage on the colour scale, with the touches behind it on hover; clicking it
 * opens the customers that were not followed up (what pulls it down).
 */
export function CoverageCell({ line, onOpen, strong = false }: Props) {
  const { t, lang } = useT()
  const colors = BAND_COLORS[coverageBand(line.coverage)]
  const text = line.coverage === null ? '—' : formatShare(line.coverage, lang)
  const cell = (
    <span
      style={{
        display: 'inline-block',
        minWidth: 48,
        padding: '1px 6px',
        borderRadius: 4,
        color: colors.text,
        background: colors.background,
        fontWeight: strong ? 700 : 600,
        cursor: onOpen && line.counted < line.required ? 'pointer' : undefined,
      }}
      onClick={onOpen && line.counted < line.required ? onOpen : undefined}
    >
      {text}
    </span>
  )
  return line.coverage === null ? (
    <Tooltip title={t('monitor.noCustomers')}>{cell}</Tooltip>
  ) : (
    <Tooltip title={t('monitor.coverageDetail', { counted: line.counted, required: line.required })}>
      {cell}
    </Tooltip>
  )
}
