import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, List, Typography } from 'antd'
import { Link, useNavigate } from 'react-router'
import type { VisitStatus } from '../../../core/visits/visit-status'
import { useT } from '../../i18n/use-t'
import { useCurrentUser } from '../auth/current-user'
import { VisitStatusTag } from './VisitStatusTag'
import { canPlanVisits } from './visit-roles'
import { useVisitPages } from './use-visits'

/** A customer's visits on its page: the next ones and the latest, and a button to plan one. */
export function CustomerVisitsCard({ customerId }: { customerId: string }) {
  const { t } = useT()
  const user = useCurrentUser()
  const navigate = useNavigate()
  const upcoming = useVisitPages({ when: 'upcoming', customer: customerId })
  const past = useVisitPages({ when: 'past', customer: customerId })
  const items = [
    ...(upcoming.data?.pages[0]?.items.slice(0, 3) ?? []),
    ...(past.data?.pages[0]?.items.slice(0, 3) ?? []),
  ]
  return (
    <Card
      title={t('nav.visits')}
      data-testid="customer-visits"
      extra={
        canPlanVisits(user) ? (
          <Button
            size="small"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate(`/visits/new?customer=${encodeURIComponent(customerId)}`)}
          >
            {t('visits.plan')}
          </Button>
        ) : null
      }
    >
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('visits.empty')}</Typography.Text>
      ) : (
        <List
          size="small"
          loading={upcoming.isPending || past.isPending}
          dataSource={items}
          renderItem={(v) => (
            <List.Item extra={<VisitStatusTag status={v.status as VisitStatus} />}>
              <Link to={`/visits/${v.id}`}>
                {v.startsOn} {v.startTime}
              </Link>
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {v.repName}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
    </Card>
  )
}
