import { StopOutlined } from '@ant-design/icons'
import { App, Button, Popconfirm } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Order } from '../../../contracts/orders'
import { useT } from '../../i18n/use-t'
import { isHttpError } from '../../lib/http'
import { queryKeys } from '../../lib/query-keys'
import { updateOrder } from '../ledger/ledger-requests'

type Props = { order: Order; onConflict: (message: string) => void }

/** Cancels with the version on screen (If-Match): a 412 means someone changed it since. */
export function CancelOrderButton({ order, onConflict }: Props) {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const cancel = useMutation({
    mutationFn: () => updateOrder(order.id, order.version, { status: 'cancelled' }),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.order(saved.id), saved)
      void queryClient.invalidateQueries({ queryKey: queryKeys.ledger })
      void message.success(t('orders.cancelled', { number: saved.number }))
    },
    onError: (error) => {
      if (!isHttpError(error, 412)) return void message.error(error.message)
      onConflict(error.message)
      void queryClient.invalidateQueries({ queryKey: queryKeys.order(order.id) })
    },
  })
  return (
    <Popconfirm
      title={t('orders.cancelConfirmTitle')}
      description={t('orders.cancelConfirmText')}
      okText={t('orders.cancelOrder')}
      okButtonProps={{ danger: true, loading: cancel.isPending }}
      cancelText={t('orders.keepOrder')}
      onConfirm={() => cancel.mutateAsync().catch(() => undefined)}
    >
      <Button danger icon={<StopOutlined />}>
        {t('orders.cancelOrder')}
      </Button>
    </Popconfirm>
  )
}
