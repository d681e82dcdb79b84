import { useState } from 'react'
import { LogoutOutlined, UserSwitchOutlined } from '@ant-design/icons'
import { Button } from 'antd'
import type { Customer } from '../../../contracts/customers'
import { useT } from '../../i18n/use-t'
import { useCurrentUser } from '../auth/current-user'
import { AssignModal } from './AssignModal'
import { ClaimButton } from './ClaimButton'
import { ReleaseModal } from './ReleaseModal'
import { assigns, claims, releases } from './pool-roles'

/** On a customer's page: claim it from the pool, assign it, or release it back, as the reader may. */
export function PoolActions({ customer }: { customer: Customer }) {
  const { t } = useT()
  const user = useCurrentUser()
  const [open, setOpen] = useState<'assign' | 'release' | null>(null)
  const inPool = customer.ownerId === null
  return (
    <>
      {inPool && claims(user) ? <ClaimButton customer={customer} size="middle" /> : null}
      {assigns(user) ? (
        <Button icon={<UserSwitchOutlined />} onClick={() => setOpen('assign')}>
          {inPool ? t('pool.assign') : t('pool.reassign')}
        </Button>
      ) : null}
      {releases(user, customer) ? (
        <Button icon={<LogoutOutlined />} onClick={() => setOpen('release')} data-testid="release">
          {t('pool.release')}
        </Button>
      ) : null}
      {open === 'assign' ? <AssignModal customer={customer} onClose={() => setOpen(null)} /> : null}
      {open === 'release' ? <ReleaseModal customer={customer} onClose={() => setOpen(null)} /> : null}
    </>
  )
}
