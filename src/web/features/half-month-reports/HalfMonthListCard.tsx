import { DownloadOutlined } from '@ant-design/icons'
import { Button, Card, Table, Tag, Typography, type TableColumnsType } from 'antd'
import type { HalfMonthListItem } from '../../../contracts/half-month-reports'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { LoadMoreFooter } from '../../lib/LoadMoreFooter'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { halfMonthLabel } from './half-month-label'
import { workbookHref } from './half-month-requests'
import type { useHalfMonthPages } from './use-half-month-reports'

type Props = {
  pages: ReturnType<typeof useHalfMonthPages>
  selected: string | undefined
  onSelect: (period: string) => void
}

const STATUS_COLOR = { open: 'blue', generated: 'green', not_generated: 'default' } as const

/**
 * Every half-month, newest first from the one under way: whether it is over and what is kept of
 * it (the latest version, when and by whom). A closed one opens its figures or downloads them.
 */
export function HalfMonthListCard({ pages, selected, onSelect }: Props) {
  const { t } = useT()
  const items = pages.data?.pages.flatMap((p) => p.items) ?? []
  const columns: TableColumnsType<HalfMonthListItem> = [
    {
      key: 'period',
      title: t('halfMonthPage.period'),
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (_, i) =>
        i.status === 'open' ? (
          halfMonthLabel(i.period, t)
        ) : (
          <Typography.Link onClick={() => onSelect(i.period)} strong={i.period === selected}>
            {halfMonthLabel(i.period, t)}
          </Typography.Link>
        ),
    },
    {
      key: 'range',
      title: t('halfMonthPage.range'),
      responsive: ['sm'],
      render: (_, i) => `${i.from} – ${i.to}`,
    },
    {
      key: 'status',
      title: t('label.status'),
      render: (_, i) => (
        <Tag color={STATUS_COLOR[i.status]}>
          {t(`halfMonth.status.${i.status}`, { to: i.to, version: i.latest?.version ?? 0 })}
        </Tag>
      ),
    },
    {
      key: 'kept',
      title: t('halfMonthPage.keptColumn'),
      responsive: ['md'],
      render: (_, i) =>
        i.latest
          ? `${formatInstant(i.latest.generatedAt)} · ${i.latest.generatedBy?.name ?? t('halfMonth.byServer')}`
          : '',
    },
    {
      key: 'actions',
      title: '',
      align: 'right',
      render: (_, i) =>
        i.status === 'open' ? null : (
          <a href={workbookHref(i.period)} download aria-label={`${t('halfMonthPage.download')} ${i.period}`}>
            <Button size="small" icon={<DownloadOutlined />}>
              .xlsx
            </Button>
          </a>
        ),
    },
  ]
  return (
    <Card size="small" title={t('halfMonthPage.periods')}>
      {pages.isError ? (
        <QueryErrorResult error={pages.error} onRetry={() => void pages.refetch()} />
      ) : (
        <>
          <Table<HalfMonthListItem>
            rowKey="period"
            size="small"
            columns={columns}
            dataSource={items}
            loading={pages.isPending}
            pagination={false}
            data-testid="half-month-list"
            rowClassName={(i) => (i.period === selected ? 'ant-table-row-selected' : '')}
          />
          <LoadMoreFooter
            shown={items.length}
            label={t('halfMonthPage.shown', { shown: items.length })}
            pages={pages}
          />
        </>
      )}
    </Card>
  )
}
