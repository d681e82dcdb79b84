import { Button, Card, Empty, List, Tag, Typography } from 'antd'
import { Link } from 'react-router'
import type { WeekScheduleDto } from '../../../contracts/schedule'
import { useT } from '../../i18n/use-t'
import { TierTag } from '../customers/TierTag'
import { dueText } from './due-texts'
import type { SlotTarget } from './use-schedule'

type Unplaced = WeekScheduleDto['unplaced'][number]

type Props = {
  items: Unplaced[]
  loading: boolean
  /** Plan a visit anyway, at a time the reader picks; absent for a reader who may not. */
  onPlan?: (target: SlotTarget, item: Unplaced) => void
}

/** DOMAIN.md: what cannot be placed is listed, not dropped — with the reason, A customers first. */
export function UnplacedCard({ items, loading, onPlan }: Props) {
  const { t } = useT()
  return (
    <Card
      size="small"
      title={t('schedule.unplacedTitle', { count: items.length })}
      data-testid="unplaced"
      styles={{ body: { paddingBlock: 0 } }}
    >
      <List
        loading={loading}
        dataSource={items}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('schedule.allPlaced')} />,
        }}
        renderItem={(item) => (
          <List.Item
            extra={
              onPlan ? (
                <Button
                  size="small"
                  onClick={() =>
                    onPlan(
                      {
                        customerId: item.customerId,
                        customerName: item.customerName,
                        slot: item.slotId ? { id: item.slotId } : undefined,
                      },
                      item,
                    )
                  }
                >
                  {t('schedule.plan')}
                </Button>
              ) : null
            }
          >
            <List.Item.Meta
              title={
                <>
                  <TierTag tier={item.tier} />{' '}
                  <Link to={`/customers/${item.customerId}`}>{item.customerName}</Link>{' '}
                  <Tag color={item.reason === 'dropped' ? 'default' : 'orange'}>
                    {t(`schedule.reason.${item.reason}`)}
                  </Tag>
                </>
              }
              description={
                <Typography.Text type={item.overdue ? 'danger' : 'secondary'}>
                  {dueText(t, item)}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  )
}
