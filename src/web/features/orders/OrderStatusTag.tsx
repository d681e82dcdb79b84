import { Tag } from 'antd'
import type { OrderStatus } from '../../../core/ledger/order-lines'
import { useT } from '../../i18n/use-t'

export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const { t } = useT()
  return <Tag color={status === 'confirmed' ? 'success' : 'default'}>{t(`orderStatus.${status}`)}</Tag>
}
