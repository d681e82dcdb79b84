import type { Lang } from '../i18n/lang'
import { translate } from '../i18n/translate'
import { formatMoney } from '../money/format-money'
import type { Fact, FactValue } from './fact'
import { bucketLabel, periodLabel } from './period-label'

const LOCALES: Record<Lang, string> = { 'zh-Hant': 'zh-TW', 'zh-Hans': 'zh-CN', en: 'en-US' }

/** A fraction as a percentage with one decimal, as the reader writes it: 0.234 → "23.4%". */
export const formatPercent = (fraction: number, lang: Lang) =>
  new Intl.NumberFormat(LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 }).format(fraction)

function renderValue(value: FactValue, lang: Lang): string {
  switch (value.kind) {
    case 'money':
      return formatMoney(value.value, lang)
    case 'count':
      return new Intl.NumberFormat(LOCALES[lang]).format(value.value)
    case 'percent':
      return formatPercent(value.value, lang)
    case 'period':
      return periodLabel(value, lang)
    case 'bucket':
      return bucketLabel(value.value, lang)
    case 'label':
      return translate(lang, value.key)
    case 'text':
      return value.value
  }
}

/** A finding as a sentence in `lang`: money, counts, percentages and periods written as there. */
export function renderFact(fact: Fact, lang: Lang): string {
  const params = Object.fromEntries(Object.entries(fact.params).map(([k, v]) => [k, renderValue(v, lang)]))
  return translate(lang, fact.key, params)
}
