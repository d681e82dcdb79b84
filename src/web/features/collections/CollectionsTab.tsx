import { useState } from 'react'
import { PlusOutlined } from '@ant-design/icons'
import { Button, Flex } from 'antd'
import { ExportButton } from '../../lib/ExportButton'
import { useT } from '../../i18n/use-t'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { LoadMoreFooter } from '../../lib/LoadMoreFooter'
import { useCurrentUser } from '../auth/current-user'
import { ImportButton } from '../imports/ImportButton'
import { canRecordLedger } from '../ledger/ledger-roles'
import { hasLedgerFilter } from '../ledger/ledger-search'
import { LedgerFilters } from '../ledger/LedgerFilters'
import { useCollectionPages } from '../ledger/use-ledger'
import { useLedgerSearch } from '../ledger/use-ledger-search'
import { CollectionTable } from './CollectionTable'
import { RecordCollectionModal } from './RecordCollectionModal'

export function CollectionsTab() {
  const { t } = useT()
  const user = useCurrentUser()
  const [search, setSearch] = useLedgerSearch()
  const [recording, setRecording] = useState(false)
  const pages = useCollectionPages(search)
  const items = pages.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <>
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <LedgerFilters search={search} onChange={setSearch} />
        <Flex gap={8}>
          <ExportButton what="collections" />
          <ImportButton kind="collections" />
          {canRecordLedger(user) ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
              {t('collections.record')}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      {pages.isError ? (
        <QueryErrorResult error={pages.error} onRetry={() => void pages.refetch()} />
      ) : (
        <CollectionTable
          items={items}
          loading={pages.isPending}
          emptyText={hasLedgerFilter(search) ? t('collections.noMatches') : t('collections.empty')}
        />
      )}
      <LoadMoreFooter shown={items.length} pages={pages} />
      <RecordCollectionModal
        open={recording}
        onClose={() => setRecording(false)}
        customerId={search.customer}
      />
    </>
  )
}
