import { UndoOutlined } from '@ant-design/icons'
import { App, Button, Card, Empty, Table, Typography, type TableColumnsType } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { PageHeader } from '../../lib/PageHeader'
import { queryKeys } from '../../lib/query-keys'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { useUserNames } from '../users/use-users'
import { restoreCustomer, type DeletedCustomer } from './customer-requests'
import { useDeletedCustomers } from './use-customers'

/** Deleted customers, restorable by an admin (DOMAIN.md: deletion is soft). */
export function RecycleBinPage() {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const deleted = useDeletedCustomers()
  const userNames = useUserNames()
  const restore = useMutation({
    mutationFn: (c: DeletedCustomer) => restoreCustomer(c.id),
    onSuccess: (customer) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.customers })
      void message.success(
        <span>
          {t('recycleBin.restored', { name: customer.name })}{' '}
          <Link to={`/customers/${customer.id}`}>{t('recycleBin.open')}</Link>
        </span>,
      )
    },
    onError: (error) => void message.error(error.message),
  })
  const columns: TableColumnsType<DeletedCustomer> = [
    {
      key: 'name',
      title: t('label.name'),
      dataIndex: 'name',
      render: (name: string) => <strong>{name}</strong>,
    },
    { key: 'deletedAt', title: t('recycleBin.deletedAt'), render: (_, c) => formatInstant(c.deletedAt) },
    {
      key: 'deletedBy',
      title: t('recycleBin.deletedBy'),
      render: (_, c) => (c.deletedBy ? (userNames.get(c.deletedBy) ?? c.deletedBy) : t('history.system')),
    },
    {
      key: 'actions',
      title: '',
      align: 'right',
      render: (_, c) => (
        <Button
          icon={<UndoOutlined />}
          onClick={() => restore.mutate(c)}
          loading={restore.isPending && restore.variables.id === c.id}
        >
          {t('recycleBin.restore')}
        </Button>
      ),
    },
  ]
  return (
    <>
      <PageHeader title={t('recycleBin.title')} subtitle={t('recycleBin.subtitle')} />
      <Card>
        {deleted.isError ? (
          <QueryErrorResult error={deleted.error} onRetry={() => void deleted.refetch()} />
        ) : (
          <Table<DeletedCustomer>
            rowKey="id"
            columns={columns}
            dataSource={deleted.data?.items ?? []}
            loading={deleted.isPending}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={<Typography.Text type="secondary">{t('recycleBin.empty')}</Typography.Text>}
                />
              ),
            }}
          />
        )}
      </Card>
    </>
  )
}
