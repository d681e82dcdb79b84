import { App, Button, Popconfirm, Table, type TableColumnsType } from 'antd'
import { useMutation, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query'
import { useT } from '../../i18n/use-t'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { commissionKeys } from './commission-keys'

type Removable = { id: string; version: number }

type Props<R extends Removable> = {
  queryKey: QueryKey
  fetch: () => Promise<{ items: R[] }>
  remove: (id: string, version: number) => Promise<unknown>
  columns: TableColumnsType<R>
  /** Those who manage commission see a remove button on each row. */
  manages: boolean
  emptyText: string
  testId: string
}

/** A commission list (assignments, adjustments) whose rows a manager may remove, after a confirmation. */
export function RemovableRecordsTable<R extends Removable>({
  queryKey,
  fetch,
  remove,
  columns,
  manages,
  emptyText,
  testId,
}: Props<R>) {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const records = useQuery({ queryKey, queryFn: fetch })
  const removal = useMutation({
    mutationFn: (r: R) => remove(r.id, r.version),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: commissionKeys.all }),
    onError: (error) => void message.error(error.message),
  })
  const removeColumn = {
    key: 'remove',
    render: (_: unknown, r: R) => (
      <Popconfirm
        title={t('commission.removeConfirm')}
        okText={t('commission.remove')}
        cancelText={t('common.cancel')}
        onConfirm={() => removal.mutate(r)}
      >
        <Button size="small" danger>
          {t('commission.remove')}
        </Button>
      </Popconfirm>
    ),
  }
  return records.isError ? (
    <QueryErrorResult error={records.error} onRetry={() => void records.refetch()} />
  ) : (
    <Table<R>
      rowKey="id"
      columns={manages ? [...columns, removeColumn] : columns}
      dataSource={records.data?.items ?? []}
      loading={records.isPending}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText }}
      data-testid={testId}
    />
  )
}
