import { Drawer, Table, Typography, type TableColumnsType } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { CustomerGroup } from '../../../contracts/analyses'
import { useT } from '../../i18n/use-t'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { TierTag } from '../customers/TierTag'
import { Money } from '../ledger/Money'
import { analysisKeys, fetchCustomerGroup, type GroupDrill } from './analysis-requests'
import type { PeriodPair } from './period-pair'

type Item = CustomerGroup['items'][number]
type Props = { pair: PeriodPair; drill: GroupDrill | null; onClose: () => void }

/** The customers behind a number of the gain/loss, largest first, each a link to the customer. */
export function GroupDrawer({ pair, drill, onClose }: Props) {
  const { t } = useT()
  const list = useQuery({
    queryKey: drill ? analysisKeys.group(pair, drill) : ['analyses', 'group', 'none'],
    queryFn: () => fetchCustomerGroup(pair, drill as GroupDrill),
    enabled: drill !== null,
  })
  const lost = drill?.group === 'lost'
  const columns: TableColumnsType<Item> = [
    {
      key: 'name',
      title: t('label.name'),
      render: (_, c) => <Link to={`/customers/${encodeURIComponent(c.customerId)}`}>{c.name}</Link>,
    },
    { key: 'rep', title: t('label.rep'), render: (_, c) => c.repName ?? t('analysis.pool') },
    { key: 'tier', title: t('label.tier'), render: (_, c) => <TierTag tier={c.tier} /> },
    { key: 'region', title: t('label.region'), render: (_, c) => c.region ?? '—' },
    ...(lost
      ? []
      : [
          {
            key: 'sales',
            title: t('analyses.salesPeriod'),
            align: 'right' as const,
            render: (_: unknown, c: Item) => <Money minor={c.sales} />,
          },
        ]),
    ...(drill?.group === 'retained' || lost
      ? [
          {
            key: 'previous',
            title: t('analyses.salesPrevious'),
            align: 'right' as const,
            render: (_: unknown, c: Item) => <Money minor={c.previousSales} />,
          },
        ]
      : []),
    ...(lost
      ? [
          {
            key: 'reason',
            title: t('label.lostReason'),
            render: (_: unknown, c: Item) =>
              c.lostReason ?? <Typography.Text type="secondary">{t('analysis.noReason')}</Typography.Text>,
          },
        ]
      : []),
  ]
  return (
    <Drawer open={drill !== null} onClose={onClose} width={760} title={drill?.title} destroyOnHidden>
      {list.isError ? (
        <QueryErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          {list.data && list.data.total > list.data.items.length ? (
            <Typography.Paragraph type="secondary">
              {t('analyses.firstOf', { shown: list.data.items.length, total: list.data.total })}
            </Typography.Paragraph>
          ) : null}
          <Table<Item>
            size="small"
            rowKey="customerId"
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            columns={columns}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
            scroll={{ x: 'max-content' }}
            data-testid="group-customers"
          />
        </>
      )}
    </Drawer>
  )
}
