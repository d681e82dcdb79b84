import { Alert } from 'antd'
import { useT } from '../../i18n/use-t'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { LoadMoreFooter } from '../../lib/LoadMoreFooter'
import { hasPoolFilter } from './pool-search'
import { PoolFilters } from './PoolFilters'
import { PoolTable } from './PoolTable'
import { usePoolPages, usePoolSearch } from './use-pool'

/** The pool's customers, page by page, with Claim (and Assign for managers) on each row. */
export function PoolListTab() {
  const { t } = useT()
  const [search, setSearch] = usePoolSearch()
  const pages = usePoolPages(search)
  const items = pages.data?.pages.flatMap((page) => page.items) ?? []
  const claim = pages.data?.pages[0]?.claim ?? null
  const limitReached = claim?.limit != null && claim.owned >= claim.limit
  return (
    <>
      {claim ? (
        <Alert
          type={limitReached ? 'warning' : 'info'}
          showIcon
          data-testid="pool-limit"
          style={{ marginBottom: 16 }}
          title={
            claim.limit === null
              ? t('pool.owned', { owned: claim.owned })
              : t('pool.ownedOfLimit', { owned: claim.owned, limit: claim.limit })
          }
          description={limitReached ? t('pool.limitReached') : undefined}
        />
      ) : null}
      <PoolFilters search={search} onChange={setSearch} />
      {pages.isError ? (
        <QueryErrorResult error={pages.error} onRetry={() => void pages.refetch()} />
      ) : (
        <PoolTable
          items={items}
          loading={pages.isPending}
          filtered={hasPoolFilter(search)}
          limitReached={limitReached}
        />
      )}
      <LoadMoreFooter
        shown={items.length}
        pages={pages}
        label={t('customers.shownSome', { shown: items.length })}
      />
    </>
  )
}
