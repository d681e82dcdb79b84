import { useState } from 'react'
import { App, Form } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import type { Customer } from '../../../contracts/customers'
import { useT } from '../../i18n/use-t'
import { isHttpError } from '../../lib/http'
import { PageHeader } from '../../lib/PageHeader'
import { queryKeys } from '../../lib/query-keys'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { ConflictAlert } from './ConflictAlert'
import { CustomerForm } from './CustomerForm'
import { customerFormHasField } from './customer-form-fields'
import { toCustomerBody, toFormValues, type CustomerFormValues } from './customer-form-values'
import { fetchCustomer, updateCustomer } from './customer-requests'
import { useOwnerChoice } from './use-owner-choice'

/**
 * Edits one customer. The version the form was filled from is kept apart from the cached record:
 * a background refetch must not move it, or a save would overwrite someone else's change unseen.
 */
export function CustomerEditor({ customer }: { customer: Customer }) {
  const { t } = useT()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const ownerChoice = useOwnerChoice()
  const [form] = Form.useForm<CustomerFormValues>()
  const [baseVersion, setBaseVersion] = useState(customer.version)
  const [conflict, setConflict] = useState<string | null>(null)
  const [reloading, setReloading] = useState(false)
  const serverError = useServerError(form, customerFormHasField(form))

  const save = useMutation({
    mutationFn: (values: CustomerFormValues) =>
      updateCustomer(customer.id, baseVersion, toCustomerBody(values, ownerChoice !== 'none')),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKeys.customer(saved.id), saved)
      void queryClient.invalidateQueries({ queryKey: queryKeys.customers })
      void message.success(t('customers.saved', { name: saved.name }))
      void navigate(`/customers/${saved.id}`)
    },
    onError: (error) => {
      if (!isHttpError(error, 412)) return serverError.report(error)
      setConflict(error.message)
      window.scrollTo({ top: 0, behavior: 'smooth' })
    },
  })

  const reload = async () => {
    setReloading(true)
    try {
      const latest = await queryClient.fetchQuery({
        queryKey: queryKeys.customer(customer.id),
        queryFn: () => fetchCustomer(customer.id),
        staleTime: 0,
      })
      form.resetFields()
      form.setFieldsValue(toFormValues(latest))
      setBaseVersion(latest.version)
      setConflict(null)
      serverError.clear()
      void queryClient.invalidateQueries({ queryKey: queryKeys.customerHistory(customer.id) })
    } catch (error) {
      serverError.report(error)
    } finally {
      setReloading(false)
    }
  }

  return (
    <>
      <PageHeader title={t('customers.editTitle', { name: customer.name })} />
      <CustomerForm
        form={form}
        initialValues={toFormValues(customer)}
        ownerChoice={ownerChoice}
        submitting={save.isPending}
        onSubmit={(values) => {
          serverError.clear()
          save.mutate(values)
        }}
        onCancel={() => void navigate(`/customers/${customer.id}`)}
        alert={
          <>
            {conflict ? (
              <ConflictAlert message={conflict} onReload={() => void reload()} reloading={reloading} />
            ) : null}
            <ServerErrorAlert problem={serverError.problem} onClose={serverError.clear} />
          </>
        }
      />
    </>
  )
}
