import { App, Button, Popconfirm, Table, type TableColumnsType } from 'antd'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Assignment } from '../../../contracts/commission'
import { useT } from '../../i18n/use-t'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { commissionKeys } from './commission-keys'
import { deleteAssignment, fetchAssignments } from './commission-requests'

/** Who is on which plan, when: a rep has one plan on any day. */
export function AssignmentsTab({ manages }: { manages: boolean }) {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const assignments = useQuery({ queryKey: commissionKeys.assignments(), queryFn: () => fetchAssignments() })
  const remove = useMutation({
    mutationFn: (a: Assignment) => deleteAssignment(a.id, a.version),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: commissionKeys.all }),
    onError: (error) => void message.error(error.message),
  })
  const columns: TableColumnsType<Assignment> = [
    { key: 'rep', title: t('label.repId'), dataIndex: 'repName' },
    { key: 'plan', title: t('label.planId'), dataIndex: 'planName' },
    { key: 'from', title: t('label.periodFrom'), dataIndex: 'periodFrom' },
    { key: 'to', title: t('label.periodTo'), dataIndex: 'periodTo' },
    ...(manages
      ? [
          {
            key: 'remove',
            render: (_: unknown, a: Assignment) => (
              <Popconfirm
                title={t('commission.removeConfirm')}
                okText={t('commission.remove')}
                cancelText={t('common.cancel')}
                onConfirm={() => remove.mutate(a)}
              >
                <Button size="small" danger>
                  {t('commission.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ]
  return assignments.isError ? (
    <QueryErrorResult error={assignments.error} onRetry={() => void assignments.refetch()} />
  ) : (
    <Table<Assignment>
      rowKey="id"
      columns={columns}
      dataSource={assignments.data?.items ?? []}
      loading={assignments.isPending}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('commission.assignmentsEmpty') }}
      data-testid="commission-assignments"
    />
  )
}
