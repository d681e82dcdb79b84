import type { Lang } from '../i18n/lang'

const LOCALES: Record<Lang, string> = { 'zh-Hant': 'zh-TW', 'zh-Hans': 'zh-CN', en: 'en-US' }

/**
 * Cents as a person reads them, with grouping, in the reader's language: 123456 → "1,234.56".
 * Exact for every safe integer: the whole part is grouped as an integer, never divided as a float.
 */
export function formatMoney(minor: number, lang: Lang, options: { currency?: string } = {}): string {
  const negative = minor < 0
  const abs = BigInt(Math.abs(minor))
  const whole = new Intl.NumberFormat(LOCALES[lang], { useGrouping: true }).format(abs / 100n)
  const cents = String(abs % 100n).padStart(2, '0')
  const amount = `${negative ? '-' : ''}${whole}.${cents}`
  return options.currency ? `${options.currency} ${amount}` : amount
}

/** Cents as a plain decimal for files another program reads: 123456 → "1234.56", no grouping. */
export function plainMoney(minor: number): string {
  const abs = BigInt(Math.abs(minor))
  return `${minor < 0 ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`
}
