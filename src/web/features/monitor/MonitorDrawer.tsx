import { Drawer, Table, Typography, type TableColumnsType } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { MonitorCustomer } from '../../../contracts/team-monitor'
import { useT, type TKey } from '../../i18n/use-t'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { TierTag } from '../customers/TierTag'
import { fetchMonitorCustomers, monitorKeys, type Drill, type Period } from './monitor-requests'

type Props = { period: Period; today: string | undefined; drill: Drill | null; onClose: () => void }

export const DRILL_LABELS: Record<Drill['what'], TKey> = {
  overdue: 'monitor.overdueToday',
  untouched: 'monitor.untouched',
  promoted: 'monitor.promoted',
  demoted: 'monitor.demoted',
  converted: 'monitor.converted',
}

/** The customers behind a number of the monitor, each a link to the customer. */
export function MonitorDrawer({ period, today, drill, onClose }: Props) {
  const { t } = useT()
  const customers = useQuery({
    queryKey: drill ? monitorKeys.customers(period, drill) : ['team-monitor', 'none'],
    queryFn: () => fetchMonitorCustomers(period, drill as Drill),
    enabled: drill !== null,
  })
  const what = drill?.what
  const never = <Typography.Text type="secondary">{t('monitor.neverFollowedUp')}</Typography.Text>
  const columns: TableColumnsType<MonitorCustomer> = [
    {
      key: 'name',
      title: t('label.name'),
      render: (_, c) => <Link to={`/customers/${encodeURIComponent(c.customerId)}`}>{c.customerName}</Link>,
    },
    {
      key: 'tier',
      title: what === 'promoted' || what === 'demoted' ? t('monitor.tierChange') : t('label.tier'),
      width: 130,
      render: (_, c) =>
        c.previousTier ? (
          <span>
            <TierTag tier={c.previousTier} /> → <TierTag tier={c.tier} />
          </span>
        ) : (
          <TierTag tier={c.tier} />
        ),
    },
    ...(what === 'overdue' || what === 'untouched'
      ? [
          {
            key: 'last',
            title: t('monitor.lastFollowUp'),
            render: (_: unknown, c: MonitorCustomer) => c.lastFollowUpOn ?? never,
          },
          {
            key: 'due',
            title: t('monitor.nextDue'),
            render: (_: unknown, c: MonitorCustomer) => c.nextDue ?? '—',
          },
        ]
      : []),
    ...(what === 'overdue'
      ? [
          {
            key: 'days',
            title: t('monitor.daysOverdue'),
            align: 'right' as const,
            render: (_: unknown, c: MonitorCustomer) => (
              <Typography.Text type="danger" strong>
                {c.daysOverdue}
              </Typography.Text>
            ),
          },
        ]
      : []),
    ...(what === 'converted'
      ? [
          {
            key: 'first',
            title: t('monitor.firstOrder'),
            render: (_: unknown, c: MonitorCustomer) => c.firstOrderOn,
          },
        ]
      : []),
  ]
  return (
    <Drawer
      open={drill !== null}
      onClose={onClose}
      width={640}
      title={
        drill
          ? t('monitor.drawerTitle', {
              rep: drill.repName,
              what: `${t(DRILL_LABELS[drill.what])}${drill.tier ? ` · ${t('customers.tierLong', { tier: drill.tier })}` : ''}`,
            })
          : null
      }
      data-testid="monitor-drawer"
    >
      <Typography.Paragraph type="secondary">
        {what === 'overdue' && today
          ? t('monitor.today', { date: today })
          : t('monitor.drawerPeriod', { from: period.from, to: period.to })}
      </Typography.Paragraph>
      {customers.isError ? (
        <QueryErrorResult error={customers.error} onRetry={() => void customers.refetch()} />
      ) : (
        <Table<MonitorCustomer>
          rowKey="customerId"
          size="small"
          columns={columns}
          dataSource={customers.data?.items ?? []}
          loading={customers.isFetching}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('monitor.noItems') }}
        />
      )}
    </Drawer>
  )
}
