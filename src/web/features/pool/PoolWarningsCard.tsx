import { ClockCircleOutlined } from '@ant-design/icons'
import { Card, Table, Tag, Typography, type TableColumnsType } from 'antd'
import { Link } from 'react-router'
import type { PoolWarning } from '../../../contracts/pool'
import { useT } from '../../i18n/use-t'
import { formatDate } from '../../lib/format'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { useCurrentUser } from '../auth/current-user'
import { TierTag } from '../customers/TierTag'
import { usePoolWarnings } from './use-pool'

/**
 * "Returning to the pool soon": the reader's customers (a manager's: the team's) that go back to
 * the pool on the date shown unless followed up or ordered before it.
 */
export function PoolWarningsCard() {
  const { t } = useT()
  const user = useCurrentUser()
  const warnings = usePoolWarnings()
  const columns: TableColumnsType<PoolWarning> = [
    {
      key: 'customer',
      title: t('label.customerId'),
      render: (_, w) => <Link to={`/customers/${w.customerId}`}>{w.customerName}</Link>,
    },
    { key: 'tier', title: t('label.tier'), width: 80, render: (_, w) => <TierTag tier={w.tier} /> },
    ...(user.role === 'rep'
      ? []
      : [{ key: 'owner', title: t('label.owner'), render: (_: unknown, w: PoolWarning) => w.ownerName }]),
    { key: 'lastTouch', title: t('pool.lastTouch'), width: 130, render: (_, w) => formatDate(w.lastTouchOn) },
    {
      key: 'returnOn',
      title: t('pool.returnOn'),
      width: 200,
      render: (_, w) => (
        <>
          {formatDate(w.returnOn)}{' '}
          <Tag color={w.daysLeft === 0 ? 'red' : 'orange'} style={{ marginInlineStart: 6 }}>
            {w.daysLeft === 0 ? t('pool.returnsToday') : t('pool.daysLeft', { days: w.daysLeft })}
          </Tag>
        </>
      ),
    },
  ]
  return (
    <Card
      title={
        <>
          <ClockCircleOutlined style={{ color: '#fa8c16', marginInlineEnd: 8 }} />
          {t('pool.warningsTitle')}
        </>
      }
      size="small"
      data-testid="pool-warnings"
      style={{ marginBottom: 16 }}
    >
      {warnings.isError ? (
        <QueryErrorResult error={warnings.error} onRetry={() => void warnings.refetch()} />
      ) : warnings.data && warnings.data.items.length === 0 ? (
        // Nothing to do is good news: one line, not an empty table.
        <Typography.Text type="secondary">{t('pool.noWarnings')}</Typography.Text>
      ) : (
        <>
          {warnings.data ? (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {t('pool.warningsHint', { days: warnings.data.warnDays })}
            </Typography.Paragraph>
          ) : null}
          <Table<PoolWarning>
            rowKey="customerId"
            size="small"
            columns={columns}
            dataSource={warnings.data?.items ?? []}
            loading={warnings.isPending}
            pagination={warnings.data && warnings.data.items.length > 10 ? { pageSize: 10 } : false}
          />
        </>
      )}
    </Card>
  )
}
