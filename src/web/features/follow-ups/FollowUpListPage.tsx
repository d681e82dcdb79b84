import { useMemo, useState } from 'react'
import { PlusOutlined } from '@ant-design/icons'
import { Button, Card } from 'antd'
import { useSearchParams } from 'react-router'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { LoadMoreFooter } from '../../lib/LoadMoreFooter'
import { useCurrentUser } from '../auth/current-user'
import { canLogFollowUps, picksRep } from './follow-up-roles'
import {
  hasFollowUpFilter,
  readFollowUpSearch,
  writeFollowUpSearch,
  type FollowUpSearch,
} from './follow-up-search'
import { FollowUpFilters } from './FollowUpFilters'
import { FollowUpTable } from './FollowUpTable'
import { LogFollowUpModal } from './LogFollowUpModal'
import { useFollowUpPages } from './use-follow-ups'

/** Every follow-up (跟進記錄) the reader may see, newest first, a page at a time. */
export function FollowUpListPage() {
  const { t } = useT()
  const user = useCurrentUser()
  const [params, setParams] = useSearchParams()
  const [logging, setLogging] = useState(false)
  const search = useMemo(() => readFollowUpSearch(params), [params])
  const setSearch = (patch: Partial<FollowUpSearch>) =>
    setParams((current) => writeFollowUpSearch(current, { ...search, ...patch }))
  const pages = useFollowUpPages(search)
  const items = pages.data?.pages.flatMap((page) => page.items) ?? []
  return (
    <>
      <PageHeader
        title={t('followUps.title')}
        subtitle={t('followUps.subtitle')}
        extra={
          canLogFollowUps(user) ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setLogging(true)}>
              {t('followUps.log')}
            </Button>
          ) : null
        }
      />
      <Card>
        <FollowUpFilters search={search} onChange={setSearch} showRep={picksRep(user)} />
        {pages.isError ? (
          <QueryErrorResult error={pages.error} onRetry={() => void pages.refetch()} />
        ) : (
          <FollowUpTable
            items={items}
            loading={pages.isPending}
            emptyText={hasFollowUpFilter(search) ? t('followUps.noMatches') : t('followUps.empty')}
          />
        )}
        <LoadMoreFooter shown={items.length} pages={pages} />
      </Card>
      <LogFollowUpModal open={logging} onClose={() => setLogging(false)} />
    </>
  )
}
