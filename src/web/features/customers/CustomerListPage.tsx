import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Typography } from 'antd'
import { ExportButton } from '../../lib/ExportButton'
import { useNavigate } from 'react-router'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
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
        {items.length > 0 ? (
          <Flex justify="space-between" align="center" style={{ marginTop: 16 }}>
            <Typography.Text type="secondary" data-testid="customer-shown">
              {total === undefined
                ? t('customers.shownSome', { shown: items.length })
                : t('customers.shown', { shown: items.length, total })}
            </Typography.Text>
            {pages.hasNextPage ? (
              <Button onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
                {t('customers.loadMore')}
              </Button>
            ) : null}
          </Flex>
        ) : null}
      </Card>
    </>
  )
}
