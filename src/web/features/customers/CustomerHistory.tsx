import { Empty, Skeleton, Timeline, Typography } from 'antd'
import type { AuditEntry } from '../../../contracts/customers'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { AuditChanges } from './AuditChanges'
import { useCustomerHistory } from './use-customers'

const COLORS: Record<AuditEntry['action'], string> = {
  create: 'green',
  update: 'blue',
  delete: 'red',
  restore: 'gray',
}

/** The customer's audit log, newest first (DOMAIN.md: who, when, what before → after). */
export function CustomerHistory({ customerId }: { customerId: string }) {
  const { t } = useT()
  const history = useCustomerHistory(customerId)
  if (history.isPending) return <Skeleton active paragraph={{ rows: 3 }} />
  if (history.isError)
    return <QueryErrorResult error={history.error} onRetry={() => void history.refetch()} />
  if (history.data.items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.empty')} />
  return (
    <Timeline
      data-testid="customer-history"
      items={history.data.items.map((entry) => ({
        key: entry.id,
        color: COLORS[entry.action],
        content: (
          <div data-action={entry.action}>
            <Typography.Text strong>{entry.actorName ?? t('history.system')}</Typography.Text>{' '}
            <Typography.Text>{t(`audit.${entry.action}`)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {formatInstant(entry.at)}
            </Typography.Text>
            <AuditChanges entry={entry} />
          </div>
        ),
      }))}
    />
  )
}
