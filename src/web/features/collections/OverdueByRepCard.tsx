import { Card, Empty, List, Typography } from 'antd'
import { useT } from '../../i18n/use-t'
import { Money } from '../ledger/Money'
import { useOverdueByRep } from '../ledger/use-ledger'

/** Who has overdue plans, and how much is outstanding on them: where a manager looks first. */
export function OverdueByRepCard() {
  const { t } = useT()
  const overdue = useOverdueByRep()
  return (
    <Card title={t('plans.overdueByRep')} size="small" data-testid="overdue-by-rep">
      <List
        loading={overdue.isPending}
        dataSource={overdue.data?.items ?? []}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plans.noOverdue')} />,
        }}
        renderItem={(rep) => (
          <List.Item extra={<Money minor={rep.outstanding} type="danger" />}>
            <List.Item.Meta
              title={rep.ownerName}
              description={
                <Typography.Text type="secondary">
                  {t('plans.overdueCount', { count: rep.count })}
                </Typography.Text>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  )
}
