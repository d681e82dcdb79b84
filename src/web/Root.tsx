import { QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd'
import en_US from 'antd/locale/en_US'
import zh_CN from 'antd/locale/zh_CN'
import zh_TW from 'antd/locale/zh_TW'
import type { Locale } from 'antd/es/locale'
import { BrowserRouter } from 'react-router'
import type { Lang } from '../core/i18n/lang'
import { AuthGate } from './features/auth/AuthGate'
import { AppRoutes } from './features/layout/AppRoutes'
import { useT } from './i18n/use-t'
import { queryClient } from './lib/query-client'

const ANTD_LOCALES: Record<Lang, Locale> = { 'zh-Hant': zh_TW, 'zh-Hans': zh_CN, en: en_US }

const THEME: ThemeConfig = {
  token: { colorPrimary: '#1d4ed8', borderRadius: 6, colorBgLayout: '#f5f7fa' },
  components: { Layout: { headerHeight: 64 } },
}

// antd spaces out two-character Chinese labels (登 入); the glossary's words are written without.
const BUTTON = { autoInsertSpace: false }

export function Root() {
  const { lang } = useT()
  // The router and the query client sit outside antd's App: its messages and modals render in a
  // holder there, and may contain links or read the cache.
  return (
    <BrowserRouter>
      <QueryClientProvider client={queryClient}>
        <ConfigProvider locale={ANTD_LOCALES[lang]} theme={THEME} button={BUTTON}>
          <AntApp>
            <AuthGate>
              <AppRoutes />
            </AuthGate>
          </AntApp>
        </ConfigProvider>
      </QueryClientProvider>
    </BrowserRouter>
  )
}
