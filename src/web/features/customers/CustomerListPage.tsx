import { PlusOutlined } from '@ant-design/icons'
import { Button, Card } from 'antd'
import { ExportButton } from '../../lib/ExportButton'
import { useNavigate } from 'react-router'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { LoadMoreFooter } from '../../lib/LoadMoreFooter'
import { canEditCustomers, useCurrentUser } from '../auth/current-user'
import { ImportButton } from '../imports/ImportButton'
import { CustomerFilters } from './CustomerFilters'
import { filterOf, hasFilter } from './customer-search'
import { CustomerTable } from './CustomerTable'
import { useCustomerCount, useCustomerPages } from './use-customers'
import { useCustomerSearch } from './use-customer-search'

export function CustomerListPage() {
  const { t } = useT()
  const user = useCurrentUser()
  const navigate = useNavigate()
  const [search, setSearch] = useCustomerSearch()
  const pages = useCustomerPages(search)
  const count = useCustomerCount(search)
  const items = pages.data?.pages.flatMap((page) => page.items) ?? []
  const total = count.data?.count

  return (
    <>
      <PageHeader
        title={t('customers.title')}
        subtitle={total === undefined ? '\u00a0' : t('customers.total', { count: total })}
        extra={
          <>
            <ExportButton what="customers" query={filterOf(search)} />
            <ImportButton kind="customers" />
            {canEditCustomers(user) ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/customers/new')}>
                {t('customers.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        <CustomerFilters search={search} onChange={setSearch} />
        {pages.isError ? (
          <QueryErrorResult error={pages.error} onRetry={() => void pages.refetch()} />
        ) : (
          <CustomerTable items={items} loading={pages.isPending} filtered={hasFilter(search)} />
        )}
        <LoadMoreFooter
          shown={items.length}
          pages={pages}
          testId="customer-shown"
          label={
            total === undefined
              ? t('customers.shownSome', { shown: items.length })
              : t('customers.shown', { shown: items.length, total })
          }
        />
      </Card>
    </>
  )
}
