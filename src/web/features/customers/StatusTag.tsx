import { Tag } from 'antd'
import type { CustomerStatus } from '../../../core/customers/customer-fields'
import { useT } from '../../i18n/use-t'

const COLORS: Record<CustomerStatus, string> = {
  prospect: 'processing',
  active: 'success',
  dormant: 'warning',
  lost: 'error',
}

export function StatusTag({ status }: { status: CustomerStatus }) {
  const { t } = useT()
  return <Tag color={COLORS[status]}>{t(`status.${status}`)}</Tag>
}
