import { App, Form } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { queryKeys } from '../../lib/query-keys'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { useCurrentUser } from '../auth/current-user'
import { CustomerForm } from './CustomerForm'
import { customerFormHasField } from './customer-form-fields'
import { emptyCustomerValues, toCustomerBody, type CustomerFormValues } from './customer-form-values'
import { createCustomer } from './customer-requests'
import { useOwnerChoice } from './use-owner-choice'

export function CustomerCreatePage() {
  const { t } = useT()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const user = useCurrentUser()
  const ownerChoice = useOwnerChoice()
  const [form] = Form.useForm<CustomerFormValues>()
  const serverError = useServerError(form, customerFormHasField(form))
  const create = useMutation({
    mutationFn: createCustomer,
    onSuccess: (customer) => {
      queryClient.setQueryData(queryKeys.customer(customer.id), customer)
      void queryClient.invalidateQueries({ queryKey: queryKeys.customers })
      void message.success(t('customers.created', { name: customer.name }))
      void navigate(`/customers/${customer.id}`)
    },
    onError: serverError.report,
  })
  // A manager's new customer is theirs until they pick someone in the team; an admin's goes to the pool.
  const initialValues = emptyCustomerValues(ownerChoice === 'team' ? user.id : undefined)
  return (
    <>
      <PageHeader title={t('customers.new')} />
      <CustomerForm
        form={form}
        initialValues={initialValues}
        ownerChoice={ownerChoice}
        submitting={create.isPending}
        onSubmit={(values) => {
          serverError.clear()
          create.mutate(toCustomerBody(values, ownerChoice !== 'none'))
        }}
        onCancel={() => void navigate('/customers')}
        alert={<ServerErrorAlert problem={serverError.problem} onClose={serverError.clear} />}
      />
    </>
  )
}
