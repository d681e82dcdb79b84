import { useState } from 'react'
import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Flex, List, Typography } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { isOpenStage } from '../../../core/opportunities/stages'
import { useT } from '../../i18n/use-t'
import { useCurrentUser } from '../auth/current-user'
import { Money } from '../ledger/Money'
import { OpportunityFormModal } from './OpportunityFormModal'
import { opportunityKeys } from './opportunity-keys'
import { fetchCustomerOpportunities } from './opportunity-requests'
import { worksOpportunities } from './opportunity-roles'
import { StageTag } from './StageTag'

/** A customer's opportunities on the customer's page: open ones first, each with its stage. */
export function CustomerOpportunitiesCard({ customerId }: { customerId: string }) {
  const { t } = useT()
  const user = useCurrentUser()
  const [adding, setAdding] = useState(false)
  const list = useQuery({
    queryKey: opportunityKeys.ofCustomer(customerId),
    queryFn: () => fetchCustomerOpportunities(customerId),
    select: (data) =>
      [...data.items].sort((a, b) => Number(isOpenStage(b.stage)) - Number(isOpenStage(a.stage))),
  })
  return (
    <Card
      title={<Link to="/opportunities">{t('opportunities.title')}</Link>}
      data-testid="customer-opportunities"
      extra={
        worksOpportunities(user) ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('opportunities.new')}
          </Button>
        ) : null
      }
    >
      <List
        size="small"
        loading={list.isPending}
        dataSource={list.data ?? []}
        locale={{ emptyText: t('opportunities.noneForCustomer') }}
        renderItem={(o) => (
          <List.Item style={{ paddingInline: 0 }}>
            <Flex vertical gap={2} style={{ width: '100%' }}>
              <Flex justify="space-between" gap={8}>
                <Typography.Text strong ellipsis={{ tooltip: o.title }}>
                  {o.title}
                </Typography.Text>
                <StageTag stage={o.stage} />
              </Flex>
              <Flex justify="space-between" gap={8}>
                <Money minor={o.amount} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {isOpenStage(o.stage)
                    ? t('opportunities.expected', { date: o.expectedOn })
                    : t('opportunities.closed', { date: o.closedOn ?? '' })}
                </Typography.Text>
              </Flex>
            </Flex>
          </List.Item>
        )}
      />
      {adding ? (
        <OpportunityFormModal opportunity={null} customerId={customerId} onClose={() => setAdding(false)} />
      ) : null}
    </Card>
  )
}
