import { useParams } from 'react-router'
import { FullPageSpin } from '../../lib/FullPageSpin'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { CustomerEditor } from './CustomerEditor'
import { useCustomer } from './use-customers'

export function CustomerEditPage() {
  const { id = '' } = useParams()
  const customer = useCustomer(id)
  if (customer.isPending) return <FullPageSpin />
  if (customer.isError)
    return <QueryErrorResult error={customer.error} onRetry={() => void customer.refetch()} />
  return <CustomerEditor key={customer.data.id} customer={customer.data} />
}
