import { Card, Empty, Table, Tag, type TableColumnsType } from 'antd'
import { Link } from 'react-router'
import type { Agenda } from '../../../contracts/follow-ups'
import { useT } from '../../i18n/use-t'
import { Money } from '../ledger/Money'

type Plan = Agenda['collectionPlans'][number]

/** The rep's collection plans (回款計劃) due by the day and not yet collected in full. */
export function DuePlansCard({ plans, loading }: { plans: Plan[]; loading: boolean }) {
  const { t } = useT()
  const columns: TableColumnsType<Plan> = [
    {
      key: 'customer',
      title: t('label.customerId'),
      render: (_, p) => <Link to={`/customers/${p.customerId}`}>{p.customerName}</Link>,
    },
    { key: 'dueOn', title: t('plans.dueOn'), dataIndex: 'dueOn', width: 130 },
    {
      key: 'outstanding',
      title: t('plans.outstanding'),
      align: 'right',
      width: 160,
      render: (_, p) => (
        <Money minor={p.outstanding} type={p.overdue ? 'danger' : undefined} strong={p.overdue} />
      ),
    },
    {
      key: 'state',
      title: t('label.status'),
      width: 110,
      render: (_, p) =>
        p.overdue ? (
          <Tag color="error">{t('plans.overdue')}</Tag>
        ) : (
          <Tag color="warning">{t('agenda.planDue')}</Tag>
        ),
    },
  ]
  return (
    <Card title={t('agenda.plansTitle')} data-testid="agenda-plans">
      <Table<Plan>
        rowKey="id"
        columns={columns}
        dataSource={plans}
        loading={loading}
        pagination={false}
        size="small"
        scroll={{ x: 520 }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('agenda.noPlans')} />,
        }}
      />
    </Card>
  )
}
