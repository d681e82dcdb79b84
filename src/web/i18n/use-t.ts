import { useTranslation } from 'react-i18next'
import { isLang, type Lang } from '../../core/i18n/lang'
import type { MessageKey } from '../../core/i18n/messages.en'
import type { en } from './en'

export type TKey = keyof typeof en | MessageKey
export type TParams = Record<string, string | number>
export type Translate = (key: TKey, params?: TParams) => string

/** i18next's `t`, narrowed to the keys that exist, so a typo fails the type check. */
export function useT(): { t: Translate; lang: Lang } {
  const { t, i18n } = useTranslation()
  const lang = isLang(i18n.language) ? i18n.language : 'en'
  return { t: (key, params) => t(key, params ?? {}), lang }
}
