import type { Lang } from './lang'
import { en, type Catalogue, type MessageKey } from './messages.en'
import { zhHans } from './messages.zh-Hans'
import { zhHant } from './messages.zh-Hant'

export const CATALOGUES: Record<Lang, Catalogue> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans }

export type MessageParams = Record<string, string | number>

export const isMessageKey = (key: string): key is MessageKey => key in en

/** The message for `key` in `lang`, with `{param}` placeholders filled. */
export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return CATALOGUES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}
