import { useState } from 'react'
import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Card, Empty, Popconfirm, Table, Typography, type TableColumnsType } from 'antd'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ApiToken } from '../../../contracts/users'
import { useT } from '../../i18n/use-t'
import { useCurrentUser } from '../auth/current-user'
import { formatInstant } from '../../lib/format'
import { PageHeader } from '../../lib/PageHeader'
import { queryKeys } from '../../lib/query-keys'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { CalendarFeedCard } from './CalendarFeedCard'
import { CreateTokenModal } from './CreateTokenModal'
import { PushSettingsCard } from './PushSettingsCard'
import { fetchTokens, revokeToken } from './token-requests'

export function ApiTokensPage() {
  const { t } = useT()
  const user = useCurrentUser()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [creating, setCreating] = useState(false)
  const tokens = useQuery({ queryKey: queryKeys.tokens, queryFn: fetchTokens, select: (d) => d.items })
  const revoke = useMutation({
    mutationFn: (token: ApiToken) => revokeToken(token.id),
    onSuccess: (_, token) => void message.success(t('tokens.revoked', { name: token.name })),
    onError: (error) => void message.error(error.message),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.tokens }),
  })
  const columns: TableColumnsType<ApiToken> = [
    {
      key: 'name',
      title: t('tokens.name'),
      dataIndex: 'name',
      render: (name: string) => <strong>{name}</strong>,
    },
    { key: 'createdAt', title: t('label.createdAt'), render: (_, tok) => formatInstant(tok.createdAt) },
    {
      key: 'lastUsedAt',
      title: t('tokens.lastUsed'),
      render: (_, tok) =>
        tok.lastUsedAt ? (
          formatInstant(tok.lastUsedAt)
        ) : (
          <Typography.Text type="secondary">{t('tokens.neverUsed')}</Typography.Text>
        ),
    },
    {
      key: 'actions',
      title: '',
      align: 'right',
      render: (_, tok) => (
        <Popconfirm
          title={t('tokens.revokeConfirmTitle', { name: tok.name })}
          description={t('tokens.revokeConfirmText')}
          okText={t('tokens.revoke')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={() => revoke.mutateAsync(tok).catch(() => undefined)}
        >
          <Button size="small" danger>
            {t('tokens.revoke')}
          </Button>
        </Popconfirm>
      ),
    },
  ]
  return (
    <>
      <PageHeader
        title={t('tokens.title')}
        subtitle={t('tokens.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('tokens.new')}
          </Button>
        }
      />
      <Card>
        {tokens.isError ? (
          <QueryErrorResult error={tokens.error} onRetry={() => void tokens.refetch()} />
        ) : (
          <Table<ApiToken>
            rowKey="id"
            columns={columns}
            dataSource={tokens.data ?? []}
            loading={tokens.isPending}
            pagination={false}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tokens.empty')} />,
            }}
          />
        )}
      </Card>
      <CreateTokenModal open={creating} onClose={() => setCreating(false)} />
      <CalendarFeedCard />
      {user.role === 'admin' ? <PushSettingsCard /> : null}
    </>
  )
}
