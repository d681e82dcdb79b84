import { App, Button, Popconfirm, Table, type TableColumnsType } from 'antd'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Adjustment } from '../../../contracts/commission'
import { useT } from '../../i18n/use-t'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { Money } from '../ledger/Money'
import { commissionKeys } from './commission-keys'
import { deleteAdjustment, fetchAdjustments } from './commission-requests'

/** Manual adjustments, signed, each with its reason; counted in the period holding their last day. */
export function AdjustmentsTab({ manages }: { manages: boolean }) {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const adjustments = useQuery({ queryKey: commissionKeys.adjustments(), queryFn: () => fetchAdjustments() })
  const remove = useMutation({
    mutationFn: (a: Adjustment) => deleteAdjustment(a.id, a.version),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: commissionKeys.all }),
    onError: (error) => void message.error(error.message),
  })
  const columns: TableColumnsType<Adjustment> = [
    { key: 'rep', title: t('label.repId'), dataIndex: 'repName' },
    { key: 'period', title: t('commission.period'), render: (_, a) => `${a.periodFrom} – ${a.periodTo}` },
    { key: 'reason', title: t('label.reason'), dataIndex: 'reason' },
    {
      key: 'amount',
      title: t('label.amount'),
      align: 'right',
      render: (_, a) => <Money minor={a.amount} type={a.amount < 0 ? 'danger' : undefined} />,
    },
    ...(manages
      ? [
          {
            key: 'remove',
            render: (_: unknown, a: Adjustment) => (
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
  return adjustments.isError ? (
    <QueryErrorResult error={adjustments.error} onRetry={() => void adjustments.refetch()} />
  ) : (
    <Table<Adjustment>
      rowKey="id"
      columns={columns}
      dataSource={adjustments.data?.items ?? []}
      loading={adjustments.isPending}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('commission.adjustmentsEmpty') }}
      data-testid="commission-adjustments"
    />
  )
}
