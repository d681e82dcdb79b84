import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-tw'
import 'dayjs/locale/zh-cn'
import { isLang, type Lang } from '../../core/i18n/lang'
import { CATALOGUES } from '../../core/i18n/translate'
import { initialLang, rememberLang } from '../lib/lang'
import { en } from './en'
import { zhHans } from './zh-Hans'
import { zhHant } from './zh-Hant'

const DAYJS_LOCALES: Record<Lang, string> = { 'zh-Hant': 'zh-tw', 'zh-Hans': 'zh-cn', en: 'en' }

/** The shared catalogue (labels, statuses, roles, server errors) plus the strings only the web app shows. */
const resources = {
  en: { translation: { ...CATALOGUES.en, ...en } },
  'zh-Hant': { translation: { ...CATALOGUES['zh-Hant'], ...zhHant } },
  'zh-Hans': { translation: { ...CATALOGUES['zh-Hans'], ...zhHans } },
}

export const i18n = i18next.createInstance()

void i18n.use(initReactI18next).init({
  lng: initialLang(),
  fallbackLng: 'en',
  supportedLngs: ['zh-Hant', 'zh-Hans', 'en'],
  resources,
  initAsync: false,
  // Keys are flat (`label.name`), and the shared catalogue writes placeholders as `{name}`.
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false, prefix: '{', suffix: '}' },
})

const applyLang = (lang: string) => {
  document.documentElement.lang = lang
  dayjs.locale(isLang(lang) ? DAYJS_LOCALES[lang] : 'en')
}
applyLang(i18n.language)
i18n.on('languageChanged', applyLang)

export const currentLang = (): Lang => (isLang(i18n.language) ? i18n.language : 'en')

export async function switchLang(lang: Lang): Promise<void> {
  rememberLang(lang)
  await i18n.changeLanguage(lang)
}
