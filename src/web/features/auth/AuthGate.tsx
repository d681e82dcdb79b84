import { Suspense, type ReactNode } from 'react'
import { FullPageSpin } from '../../lib/FullPageSpin'
import { lazyNamed } from '../../lib/lazy-named'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { CurrentUserContext } from './current-user'
import { useMe, useSetupStatus } from './use-session'

const SetupPage = lazyNamed(() => import('./SetupPage'), 'SetupPage')
const LoginPage = lazyNamed(() => import('./LoginPage'), 'LoginPage')

/**
 * Decides what any route shows: the first-admin setup while Abacus has no user, the sign-in form
 * without a session, else the app. The URL is kept, so after sign-in the reader lands where they were.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const setup = useSetupStatus()
  const needsSetup = setup.data?.needsSetup
  const me = useMe(needsSetup === false)

  if (setup.isPending) return <FullPageSpin />
  if (setup.isError) return <QueryErrorResult error={setup.error} onRetry={() => void setup.refetch()} />
  if (needsSetup) return <Lazy page={<SetupPage />} />
  if (me.isPending) return <FullPageSpin />
  if (me.isError) return <QueryErrorResult error={me.error} onRetry={() => void me.refetch()} />
  if (!me.data) return <Lazy page={<LoginPage />} />
  return <CurrentUserContext value={me.data}>{children}</CurrentUserContext>
}

const Lazy = ({ page }: { page: ReactNode }) => <Suspense fallback={<FullPageSpin />}>{page}</Suspense>
