import { DownloadOutlined } from '@ant-design/icons'
import { Button, Dropdown } from 'antd'
import { currentLang } from '../i18n/i18n'
import { useT } from '../i18n/use-t'
import { API_BASE } from './http'
import { queryString } from './query-string'

type Props = {
  /** The list to export: customers, orders, collections or expenses. */
  what: 'customers' | 'orders' | 'collections' | 'expenses'
  query?: Record<string, string | number | undefined>
}

/**
 * Download links for what the user may see, as CSV or Excel. A link cannot send Accept-Language,
 * so the chosen language travels as `lang`; the session cookie goes along by itself.
 */
export function ExportButton({ what, query = {} }: Props) {
  const { t } = useT()
  const href = (format: 'csv' | 'xlsx') =>
    `${API_BASE}/${what}/export.${format}${queryString({ ...query, lang: currentLang() })}`
  return (
    <Dropdown
      menu={{
        items: [
          {
            key: 'xlsx',
            label: (
              <a href={href('xlsx')} download>
                {t('export.xlsx')}
              </a>
            ),
          },
          {
            key: 'csv',
            label: (
              <a href={href('csv')} download>
                {t('export.csv')}
              </a>
            ),
          },
        ],
      }}
    >
      <Button icon={<DownloadOutlined />}>{t('export.button')}</Button>
    </Dropdown>
  )
}
