import { App, Button, Table, Tag } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { VisitAction } from '../../../contracts/visits'
import { useT } from '../../i18n/use-t'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { useCurrentUser } from '../auth/current-user'
import { visitKeys } from './visit-keys'
import { finishAction } from './visit-requests'
import { canPlanVisits } from './visit-roles'
import { useActions } from './use-visits'

/** The improvement actions still open, due first; each can be marked done here. */
export function ActionsTable({ rep }: { rep?: string }) {
  const { t } = useT()
  const actions = useActions({ state: 'open', rep })
  if (actions.isError)
    return <QueryErrorResult error={actions.error} onRetry={() => void actions.refetch()} />
  return (
    <Table<VisitAction>
      rowKey="id"
      size="middle"
      loading={actions.isPending}
      dataSource={actions.data?.items ?? []}
      pagination={false}
      scroll={{ x: 560 }}
      locale={{ emptyText: t('visits.noActions') }}
      columns={[
        {
          title: t('label.dueOn'),
          key: 'due',
          render: (_, a) => (
            <>
              {a.dueOn} {a.overdue ? <Tag color="red">{t('visits.overdue')}</Tag> : null}
            </>
          ),
        },
        { title: t('label.actions'), dataIndex: 'text' },
        {
          title: t('label.customer'),
          key: 'customer',
          render: (_, a) => <Link to={`/visits/${a.visitId}`}>{a.customerName}</Link>,
        },
        { title: t('label.rep'), dataIndex: 'repName', responsive: ['md'] },
        { title: '', key: 'done', render: (_, a) => <DoneButton action={a} /> },
      ]}
    />
  )
}

export function DoneButton({ action }: { action: VisitAction }) {
  const { t } = useT()
  const user = useCurrentUser()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const done = useMutation({
    mutationFn: () => finishAction(action.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: visitKeys.all })
      void message.success(t('visits.actionDone'))
    },
    onError: (error) => void message.error(error.message),
  })
  if (action.doneOn) return <Tag color="green">{t('visits.doneOn', { date: action.doneOn })}</Tag>
  if (!canPlanVisits(user)) return null
  return (
    <Button size="small" onClick={() => done.mutate()} loading={done.isPending}>
      {t('visits.markDone')}
    </Button>
  )
}
