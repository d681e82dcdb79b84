import { Flex, Tooltip, Typography } from 'antd'
import { Link } from 'react-router'
import { useT } from '../../i18n/use-t'
import { TierTag } from '../customers/TierTag'
import type { AgendaItem } from './agenda-item'

/** The customer's name and tier; a manual tier says what the ABC classification computed. */
export function AgendaCustomer({ item }: { item: AgendaItem }) {
  const { t } = useT()
  return (
    <Flex gap={8} align="center" wrap>
      <Link to={`/customers/${item.customerId}`} style={{ fontWeight: 500 }}>
        {item.customerName}
      </Link>
      <Flex gap={4} align="center">
        <TierTag tier={item.tier} />
        {item.tier !== item.computedTier ? (
          <Tooltip title={t('agenda.tierOverridden', { tier: item.tier, computed: item.computedTier })}>
            <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
              {t('agenda.computedTier', { tier: item.computedTier })}
            </Typography.Text>
          </Tooltip>
        ) : null}
      </Flex>
    </Flex>
  )
}
