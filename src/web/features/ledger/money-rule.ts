import type { Rule } from 'antd/es/form'
import { parseMoney } from '../../../core/money/parse-money'
import type { Translate } from '../../i18n/use-t'

/** Cents from what was typed ("1,234.50"), or null when it is not an amount ≥ 0. */
export function toMinor(text: string | undefined | null): number | null {
  const parsed = text ? parseMoney(text) : null
  return parsed && parsed.minor >= 0 ? parsed.minor : null
}

/** An amount typed as text: required unless `optional`, never negative, > 0 when `positive`. */
export const moneyRule = (t: Translate, options: { optional?: boolean; positive?: boolean } = {}): Rule => ({
  validator: async (_, value?: string) => {
    if (!value?.trim()) {
      if (options.optional) return
      throw new Error(t('form.required'))
    }
    const minor = toMinor(value)
    if (minor === null) throw new Error(t('ledger.invalidAmount'))
    if (options.positive && minor === 0) throw new Error(t('ledger.amountPositive'))
  },
})
