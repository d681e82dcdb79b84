import { useState } from 'react'
import { PlusOutlined } from '@ant-design/icons'
import { Badge, Button, Card, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd'
import type { User } from '../../../contracts/users'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { useCurrentUser } from '../auth/current-user'
import { CreateUserModal } from './CreateUserModal'
import { EditUserModal } from './EditUserModal'
import { RoleTag } from './RoleTag'
import { UserStatusButton } from './UserStatusButton'
import { useUserNames, useUsers } from './use-users'

export function UsersPage() {
  const { t } = useT()
  const me = useCurrentUser()
  const users = useUsers()
  const names = useUserNames()
  const [creating, setCreating] = useState(false)
  const [editing, setEditing] = useState<User | null>(null)
  const columns: TableColumnsType<User> = [
    {
      key: 'name',
      title: t('label.name'),
      render: (_, u) => (
        <Flex vertical>
          <Typography.Text strong>{u.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {u.email}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'role', title: t('label.role'), render: (_, u) => <RoleTag role={u.role} /> },
    {
      key: 'manager',
      title: t('label.managerId'),
      render: (_, u) => (u.managerId ? (names.get(u.managerId) ?? '—') : '—'),
    },
    {
      key: 'status',
      title: t('label.status'),
      render: (_, u) =>
        u.disabled ? (
          <Badge status="default" text={t('users.disabled')} />
        ) : (
          <Badge status="success" text={t('users.active')} />
        ),
    },
    {
      key: 'createdAt',
      title: t('label.createdAt'),
      responsive: ['md'],
      render: (_, u) => <Typography.Text type="secondary">{formatInstant(u.createdAt)}</Typography.Text>,
    },
    {
      key: 'actions',
      title: '',
      align: 'right',
      render: (_, u) => (
        <Flex gap={8} justify="flex-end">
          <Button size="small" onClick={() => setEditing(u)}>
            {t('common.edit')}
          </Button>
          {u.id === me.id ? null : <UserStatusButton user={u} />}
        </Flex>
      ),
    },
  ]
  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('users.new')}
          </Button>
        }
      />
      <Card>
        {users.isError ? (
          <QueryErrorResult error={users.error} onRetry={() => void users.refetch()} />
        ) : (
          <Table<User>
            rowKey="id"
            columns={columns}
            dataSource={users.data ?? []}
            loading={users.isPending}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
          />
        )}
      </Card>
      <CreateUserModal open={creating} onClose={() => setCreating(false)} />
      {editing ? <EditUserModal key={editing.id} user={editing} onClose={() => setEditing(null)} /> : null}
    </>
  )
}
