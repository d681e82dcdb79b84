import type { Lang } from '../i18n/lang'
import type { Period } from './period'
import { wholeMonths } from './period'

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const year = (date: string) => Number(date.slice(0, 4))
const month = (date: string) => Number(date.slice(5, 7))

/**
 * A period as a person names it in a deck, in their language: a whole year "2026" / "2026年",
 * whole months "Aug–Dec 2026" / "2026年8–12月" (across years "Nov 2025–Feb 2026" /
 * "2025年11月–2026年2月"), any other range by its dates.
 */
export function periodLabel(period: Period, lang: Lang): string {
  const en = lang === 'en'
  const { from, to } = period
  if (wholeMonths(period) === null) return from === to ? from : en ? `${from} – ${to}` : `${from} 至 ${to}`
  const sameYear = year(from) === year(to)
  if (sameYear && month(from) === 1 && month(to) === 12) return en ? String(year(from)) : `${year(from)}年`
  const enMonth = (date: string) => EN_MONTHS[month(date) - 1] as string
  if (sameYear && month(from) === month(to))
    return en ? `${enMonth(from)} ${year(from)}` : `${year(from)}年${month(from)}月`
  if (sameYear)
    return en
      ? `${enMonth(from)}–${enMonth(to)} ${year(from)}`
      : `${year(from)}年${month(from)}–${month(to)}月`
  return en
    ? `${enMonth(from)} ${year(from)}–${enMonth(to)} ${year(to)}`
    : `${year(from)}年${month(from)}月–${year(to)}年${month(to)}月`
}

/** A growth bucket (2026, 2026-Q4, 2026-11) as a person reads it: "Q4 2026" / "2026年第4季". */
export function bucketLabel(bucket: string, lang: Lang): string {
  const en = lang === 'en'
  const y = bucket.slice(0, 4)
  if (bucket.length === 4) return en ? y : `${y}年`
  if (bucket[5] === 'Q') return en ? `${bucket.slice(5)} ${y}` : `${y}年第${bucket.slice(6)}季`
  return en ? `${EN_MONTHS[Number(bucket.slice(5, 7)) - 1]} ${y}` : `${y}年${Number(bucket.slice(5, 7))}月`
}
