import { Select } from 'antd'
import { LANGS, type Lang } from '../../core/i18n/lang'
import { switchLang } from '../i18n/i18n'
import { useT } from '../i18n/use-t'
import { LANG_NAMES } from './lang'

const OPTIONS = LANGS.map((lang) => ({ value: lang, label: LANG_NAMES[lang] }))

export function LanguageSwitch() {
  const { t, lang } = useT()
  return (
    <Select<Lang>
      aria-label={t('common.language')}
      data-testid="language-switch"
      value={lang}
      options={OPTIONS}
      onChange={(next) => void switchLang(next)}
      variant="borderless"
      popupMatchSelectWidth={false}
      style={{ minWidth: 104 }}
    />
  )
}
