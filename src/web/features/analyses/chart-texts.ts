import type { Lang } from '../../../core/i18n/lang'
import { formatMoney } from '../../../core/money/format-money'

const LOCALES: Record<Lang, string> = { 'zh-Hant': 'zh-TW', 'zh-Hans': 'zh-CN', en: 'en-US' }

/** Cents on an axis, shortened in whole units (1.2萬, 12K); elsewhere to the cent. */
export const chartMoney = (lang: Lang) => {
  const compact = new Intl.NumberFormat(LOCALES[lang], { notation: 'compact', maximumFractionDigits: 1 })
  return (minor: number, short = false) => (short ? compact.format(minor / 100) : formatMoney(minor, lang))
}

/** A fraction as a percentage with one decimal; a dash where it is undefined. */
export const chartPercent = (lang: Lang) => {
  const format = new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 })
  return (fraction: number | null) => (fraction === null ? '—' : format.format(fraction))
}
