import { DeleteOutlined } from '@ant-design/icons'
import { App, Button, Popconfirm } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import type { Customer } from '../../../contracts/customers'
import { useT } from '../../i18n/use-t'
import { queryKeys } from '../../lib/query-keys'
import { deleteCustomer } from './customer-requests'

export function DeleteCustomerButton({ customer }: { customer: Customer }) {
  const { t } = useT()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const remove = useMutation({
    mutationFn: () => deleteCustomer(customer.id, customer.version),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: queryKeys.customer(customer.id) })
      void queryClient.invalidateQueries({ queryKey: queryKeys.customers })
      void message.success(t('customers.deleted', { name: customer.name }))
      void navigate('/customers')
    },
    onError: (error) => void message.error(error.message),
  })
  return (
    <Popconfirm
      title={t('customers.deleteConfirmTitle')}
      description={t('customers.deleteConfirmText')}
      okText={t('common.delete')}
      okButtonProps={{ danger: true, loading: remove.isPending }}
      cancelText={t('common.cancel')}
      onConfirm={() => remove.mutateAsync().catch(() => undefined)}
    >
      <Button danger icon={<DeleteOutlined />}>
        {t('common.delete')}
      </Button>
    </Popconfirm>
  )
}
