import { periodLabel } from '../../core/analyses/period-label'
import type { Period } from '../../core/analyses/period'
import { formatPercent } from '../../core/analyses/render-fact'
import type { Lang } from '../../core/i18n/lang'
import type { MessageKey } from '../../core/i18n/messages.en'
import { translate, type MessageParams } from '../../core/i18n/translate'
import { formatMoney } from '../../core/money/format-money'
import { FONT, LANG_TAG } from './deck-layout'

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const LOCALES: Record<Lang, string> = { 'zh-Hant': 'zh-TW', 'zh-Hans': 'zh-CN', en: 'en-US' }

/** The deck's words and numbers in its language (GLOSSARY.md terms through the catalogues). */
export type DeckText = {
  lang: Lang
  tag: string
  font: string
  t: (key: MessageKey, params?: MessageParams) => string
  money: (cents: number) => string
  /** Cents as a chart's number: currency units (the chart's data stays editable and exact to the cent). */
  units: (cents: number) => number
  count: (n: number) => string
  percent: (fraction: number | null) => string
  /** `2026-03` → "Mar" / "3月". */
  month: (month: string) => string
  period: (p: Period) => string
}

export function deckText(lang: Lang): DeckText {
  return {
    lang,
    tag: LANG_TAG[lang],
    font: FONT[lang],
    t: (key, params) => translate(lang, key, params),
    money: (cents) => formatMoney(cents, lang),
    units: (cents) => cents / 100,
    count: (n) => new Intl.NumberFormat(LOCALES[lang]).format(n),
    percent: (fraction) => (fraction === null ? '—' : formatPercent(fraction, lang)),
    month: (month) => {
      const m = Number(month.slice(5, 7))
      return lang === 'en' ? (EN_MONTHS[m - 1] ?? month) : `${m}月`
    },
    period: (p) => periodLabel(p, lang),
  }
}
