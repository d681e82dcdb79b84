import type { Lang } from '../../src/core/i18n/lang'
import { CATALOGUES, type MessageParams } from '../../src/core/i18n/translate'
import { en } from '../../src/web/i18n/en'
import type { TKey } from '../../src/web/i18n/use-t'
import { zhHans } from '../../src/web/i18n/zh-Hans'
import { zhHant } from '../../src/web/i18n/zh-Hant'

const WEB: Record<Lang, Record<keyof typeof en, string>> = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans }

/** What the page should say, read from the same catalogues the app uses, so a rewording is no failure. */
export function text(lang: Lang, key: TKey, params: MessageParams = {}): string {
  const all: Record<string, string> = { ...CATALOGUES[lang], ...WEB[lang] }
  return (all[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}
