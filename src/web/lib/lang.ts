import { isLang, parseLang, type Lang } from '../../core/i18n/lang'

const STORAGE_KEY = 'abacus.lang'

/** The language chosen in the header before, else the browser's (zh-TW/HK → 繁體, other zh → 简体). */
export function initialLang(): Lang {
  const stored = readStored()
  if (isLang(stored)) return stored
  return parseLang(typeof navigator === 'undefined' ? null : navigator.language)
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang)
  } catch {
    // Private windows may refuse storage; the choice then lasts until the page is closed.
  }
}

function readStored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}

/** The names of the languages, each written in itself so a reader can find their own. */
export const LANG_NAMES: Record<Lang, string> = {
  'zh-Hant': '繁體中文',
  'zh-Hans': '简体中文',
  en: 'English',
}
