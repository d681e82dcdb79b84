import { PlusOutlined } from '@ant-design/icons'
import { Button, Card } from 'antd'
import { ExportButton } from '../../lib/ExportButton'
import { useNavigate } from 'react-router'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { LoadMoreFooter } from '../../lib/LoadMoreFooter'
import { useCurrentUser } from '../auth/current-user'
import { ImportButton } from '../imports/ImportButton'
import { canRecordLedger } from '../ledger/ledger-roles'
import { hasLedgerFilter } from '../ledger/ledger-search'
import { LedgerFilters } from '../ledger/LedgerFilters'
import { useOrderPages } from '../ledger/use-ledger'
import { useLedgerSearch } from '../ledger/use-ledger-search'
import { OrderTable } from './OrderTable'

export function OrderListPage() {
  const { t } = useT()
  const user = useCurrentUser()
  const navigate = useNavigate()
  const [search, setSearch] = useLedgerSearch()
  const pages = useOrderPages(search)
  const items = pages.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <>
      <PageHeader
        title={t('orders.title')}
        subtitle={t('orders.subtitle')}
        extra={
          canRecordLedger(user) ? (
            <>
              <ExportButton what="orders" />
              <ImportButton kind="orders" />
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/orders/new')}>
                {t('orders.new')}
              </Button>
            </>
          ) : (
            <ExportButton what="orders" />
          )
        }
      />
      <Card>
        <LedgerFilters search={search} onChange={setSearch} />
        {pages.isError ? (
          <QueryErrorResult error={pages.error} onRetry={() => void pages.refetch()} />
        ) : (
          <OrderTable
            items={items}
            loading={pages.isPending}
            emptyText={hasLedgerFilter(search) ? t('orders.noMatches') : t('orders.empty')}
          />
        )}
        <LoadMoreFooter shown={items.length} pages={pages} />
      </Card>
    </>
  )
}
