import { useState } from 'react'
import { UndoOutlined } from '@ant-design/icons'
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Select,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd'
import { Link } from 'react-router'
import { BIN_KINDS, type BinKind } from '../../../core/recycle-bin/bin-kinds'
import type { BinItem } from '../../../contracts/recycle-bin'
import { useT } from '../../i18n/use-t'
import { useCurrentUser } from '../auth/current-user'
import { formatInstant } from '../../lib/format'
import { LoadMoreFooter } from '../../lib/LoadMoreFooter'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { Money } from '../ledger/Money'
import { binItemPath, binItemText } from './bin-item-text'
import { useRecycleBinPages, useRestoreRecord } from './use-recycle-bin'

const KIND_COLORS: Record<BinKind, string> = {
  customer: 'blue',
  order: 'geekblue',
  collection: 'green',
  collection_plan: 'cyan',
  expense: 'gold',
  follow_up: 'purple',
}

/** Colour of the days left: red in the last week, orange in the last month. */
const daysColor = (days: number) => (days <= 7 ? 'red' : days <= 30 ? 'orange' : 'default')

/**
 * 回收站: what the reader deleted or could have — the records of every kind they may change —
 * for 90 days after the deletion, newest first. Everyone who may delete sees what is there and for
 * how many days; the Restore button is an admin's (DOMAIN.md: "Deletion is soft and restorable by
 * admins" — the API refuses anyone else with 403).
 */
export function RecycleBinPage() {
  const { t } = useT()
  const canRestore = useCurrentUser().role === 'admin'
  const { message } = App.useApp()
  const [kind, setKind] = useState<BinKind | undefined>(undefined)
  const pages = useRecycleBinPages(kind)
  const restore = useRestoreRecord()
  const items = pages.data?.pages.flatMap((p) => p.items) ?? []

  const onRestore = (item: BinItem) =>
    restore.mutate(item, {
      onSuccess: () =>
        void message.success(
          <span>
            {t('recycleBin.restoredKind', {
              kind: t(`bin.kind.${item.kind}`),
              name: binItemText(item, t).title,
            })}{' '}
            <Link to={binItemPath(item)}>{t('recycleBin.open')}</Link>
          </span>,
        ),
      onError: (error) => void message.error(error.message),
    })

  const columns: TableColumnsType<BinItem> = [
    {
      key: 'kind',
      title: t('recycleBin.kind'),
      width: 130,
      render: (_, item) => <Tag color={KIND_COLORS[item.kind]}>{t(`bin.kind.${item.kind}`)}</Tag>,
    },
    {
      key: 'record',
      title: t('recycleBin.record'),
      render: (_, item) => {
        const { title, detail } = binItemText(item, t)
        return (
          <Flex vertical style={{ minWidth: 0 }}>
            <Typography.Text strong>{title || '—'}</Typography.Text>
            {detail ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis={{ tooltip: detail }}>
                {detail}
              </Typography.Text>
            ) : null}
          </Flex>
        )
      },
    },
    {
      key: 'amount',
      title: t('label.amount'),
      align: 'right',
      width: 130,
      render: (_, item) => (item.amount === null ? null : <Money minor={item.amount} />),
    },
    { key: 'owner', title: t('label.owner'), width: 120, render: (_, item) => item.ownerName ?? '—' },
    {
      key: 'deleted',
      title: t('recycleBin.deletedAt'),
      width: 190,
      render: (_, item) => (
        <Flex vertical>
          <span style={{ whiteSpace: 'nowrap' }}>{formatInstant(item.deletedAt)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('recycleBin.by', { name: item.deletedByName ?? t('history.system') })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'daysLeft',
      title: t('recycleBin.daysLeft'),
      width: 120,
      render: (_, item) => (
        <Tooltip title={t('recycleBin.restoreUntil', { at: formatInstant(item.restoreUntil) })}>
          <Tag color={daysColor(item.daysLeft)}>{t('recycleBin.days', { days: item.daysLeft })}</Tag>
        </Tooltip>
      ),
    },
  ]
  if (canRestore)
    columns.push({
      key: 'actions',
      title: '',
      align: 'right',
      width: 110,
      render: (_, item) => (
        <Button
          icon={<UndoOutlined />}
          onClick={() => onRestore(item)}
          loading={restore.isPending && restore.variables.id === item.id}
          data-testid={`restore-${item.kind}-${item.id}`}
        >
          {t('recycleBin.restore')}
        </Button>
      ),
    })

  return (
    <>
      <PageHeader
        title={t('recycleBin.title')}
        subtitle={t('recycleBin.subtitle')}
        extra={
          <Select<BinKind | 'all'>
            value={kind ?? 'all'}
            onChange={(value) => setKind(value === 'all' ? undefined : value)}
            style={{ width: 180 }}
            aria-label={t('recycleBin.kind')}
            options={[
              { value: 'all', label: t('recycleBin.allKinds') },
              ...BIN_KINDS.map((k) => ({ value: k, label: t(`bin.kind.${k}`) })),
            ]}
          />
        }
      />
      <Card>
        {pages.isError ? (
          <QueryErrorResult error={pages.error} onRetry={() => void pages.refetch()} />
        ) : (
          <>
            <Table<BinItem>
              rowKey={(item) => `${item.kind}:${item.id}`}
              columns={columns}
              dataSource={items}
              loading={pages.isPending}
              pagination={false}
              size="middle"
              scroll={{ x: 960 }}
              data-testid="recycle-bin-table"
              locale={{
                emptyText: (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description={<Typography.Text type="secondary">{t('recycleBin.empty')}</Typography.Text>}
                  />
                ),
              }}
            />
            <LoadMoreFooter shown={items.length} pages={pages} />
          </>
        )}
      </Card>
    </>
  )
}
