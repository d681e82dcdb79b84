import { Button, Tooltip } from 'antd'
import { useT } from '../../i18n/use-t'
import { claimCustomer } from './pool-requests'
import { usePoolChange } from './use-pool'

type Props = { customer: { id: string; name: string }; limitReached?: boolean; size?: 'small' | 'middle' }

/** 領取: the customer becomes the reader's; refused by the server at the owned limit or if gone. */
export function ClaimButton({ customer, limitReached = false, size = 'small' }: Props) {
  const { t } = useT()
  const claim = usePoolChange(claimCustomer, (c) => t('pool.claimed', { name: c.name }))
  const button = (
    <Button
      type="primary"
      size={size}
      disabled={limitReached}
      loading={claim.isPending}
      onClick={() => claim.mutate(customer.id)}
      data-testid={`claim-${customer.id}`}
    >
      {t('pool.claim')}
    </Button>
  )
  return limitReached ? <Tooltip title={t('pool.limitReached')}>{button}</Tooltip> : button
}
