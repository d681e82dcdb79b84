import type { ReactNode } from 'react'
import { Result } from 'antd'
import { useT } from '../../i18n/use-t'
import { useCurrentUser } from './current-user'

/** The server refuses these requests anyway (403); this spares the reader a page of errors. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useT()
  const user = useCurrentUser()
  if (user.role !== 'admin') return <Result status="403" title="403" subTitle={t('error.forbidden')} />
  return children
}
