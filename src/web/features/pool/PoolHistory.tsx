import { Empty, Skeleton, Timeline, Typography } from 'antd'
import type { PoolEvent } from '../../../contracts/pool'
import { useT, type Translate } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { usePoolHistory } from './use-pool'

const COLORS: Record<PoolEvent['kind'], string> = {
  claim: 'green',
  assign: 'blue',
  release: 'gray',
  return: 'red',
  warn: 'orange',
}

/** One event as a sentence: who took it, who gave it to whom, when it went back and why. */
function describe(t: Translate, e: PoolEvent): string {
  const params = {
    from: e.fromOwnerName ?? '',
    to: e.toOwnerName ?? '',
    actor: e.actorName ?? t('history.system'),
    date: e.returnOn ?? '',
  }
  switch (e.kind) {
    case 'claim':
      return t('pool.event.claim', params)
    case 'assign':
      return e.fromOwnerId ? t('pool.event.reassign', params) : t('pool.event.assign', params)
    case 'release':
      return t(e.actorId === e.fromOwnerId ? 'pool.event.releaseOwn' : 'pool.event.release', params)
    case 'return':
      return t('pool.event.return', params)
    case 'warn':
      return t('pool.event.warn', params)
  }
}

/** The customer's claims, assignments, releases, returns and warnings (DOMAIN.md: all history). */
export function PoolHistory({ customerId }: { customerId: string }) {
  const { t, lang } = useT()
  const history = usePoolHistory(customerId)
  if (history.isPending) return <Skeleton active paragraph={{ rows: 2 }} />
  if (history.isError)
    return <QueryErrorResult error={history.error} onRetry={() => void history.refetch()} />
  if (history.data.items.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pool.historyEmpty')} />
  return (
    <Timeline
      data-testid="pool-history"
      items={history.data.items.map((e) => ({
        key: e.id,
        color: COLORS[e.kind],
        content: (
          <div data-kind={e.kind}>
            <Typography.Text>{describe(t, e)}</Typography.Text>
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {formatInstant(e.at)}
            </Typography.Text>
            {e.reason ? (
              <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0' }}>
                {t('label.reason')}
                {lang === 'en' ? ': ' : '：'}
                {e.reason}
              </Typography.Paragraph>
            ) : null}
          </div>
        ),
      }))}
    />
  )
}
