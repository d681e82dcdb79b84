import { BarChartOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Segmented, Select, Table, Typography } from 'antd'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { VISIT_STATUSES, type VisitStatus } from '../../../core/visits/visit-status'
import type { VisitListItem } from '../../../contracts/visits'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { useCurrentUser } from '../auth/current-user'
import { picksRep } from '../follow-ups/follow-up-roles'
import { RepSelect } from '../follow-ups/RepSelect'
import { ActionsTable } from './ActionsTable'
import { VisitStatusTag } from './VisitStatusTag'
import { canPlanVisits } from './visit-roles'
import { useVisitPages } from './use-visits'
import type { VisitSearch } from './visit-requests'

type Tab = 'upcoming' | 'past' | 'actions'

/** Visits (拜訪): upcoming soonest first, past latest first, and the improvement actions still open. */
export function VisitListPage() {
  const { t } = useT()
  const user = useCurrentUser()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const tab = (
    ['upcoming', 'past', 'actions'].includes(params.get('tab') ?? '') ? params.get('tab') : 'upcoming'
  ) as Tab
  const rep = params.get('rep') ?? undefined
  const status = params.get('status') ?? undefined
  const set = (patch: Record<string, string | undefined>) =>
    setParams((current) => {
      const next = new URLSearchParams(current)
      for (const [key, value] of Object.entries(patch))
        if (value) next.set(key, value)
        else next.delete(key)
      return next
    })
  const search: VisitSearch = { when: tab === 'past' ? 'past' : 'upcoming', rep, status }
  return (
    <>
      <PageHeader
        title={t('visits.title')}
        subtitle={t('visits.subtitle')}
        extra={
          <Flex gap={8} wrap>
            <Link to="/visits/metrics">
              <Button icon={<BarChartOutlined />}>{t('visits.metrics')}</Button>
            </Link>
            {canPlanVisits(user) ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/visits/new')}>
                {t('visits.plan')}
              </Button>
            ) : null}
          </Flex>
        }
      />
      <Card>
        <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
          <Segmented<Tab>
            style={{ maxWidth: '100%', overflowX: 'auto' }}
            value={tab}
            onChange={(value) => set({ tab: value === 'upcoming' ? undefined : value })}
            options={[
              { value: 'upcoming', label: t('visits.upcoming') },
              { value: 'past', label: t('visits.past') },
              { value: 'actions', label: t('label.actions') },
            ]}
          />
          {picksRep(user) ? (
            <RepSelect
              value={rep}
              onChange={(value) => set({ rep: value })}
              allowClear
              placeholder={t('visits.allReps')}
            />
          ) : null}
          {tab === 'actions' ? null : (
            <Select<string>
              aria-label={t('label.status')}
              placeholder={t('visits.allStatuses')}
              allowClear
              value={status}
              onChange={(value) => set({ status: value })}
              options={VISIT_STATUSES.map((s) => ({ value: s, label: t(`visitStatus.${s}`) }))}
              style={{ minWidth: 140 }}
            />
          )}
        </Flex>
        {tab === 'actions' ? <ActionsTable rep={rep} /> : <VisitTable search={search} />}
      </Card>
    </>
  )
}

function VisitTable({ search }: { search: VisitSearch }) {
  const { t } = useT()
  const pages = useVisitPages(search)
  const items = pages.data?.pages.flatMap((page) => page.items) ?? []
  if (pages.isError) return <QueryErrorResult error={pages.error} onRetry={() => void pages.refetch()} />
  return (
    <>
      <Table<VisitListItem>
        rowKey="id"
        size="middle"
        loading={pages.isPending}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: t('visits.empty') }}
        columns={[
          {
            title: t('label.date'),
            key: 'when',
            render: (_, v) => (
              <Link to={`/visits/${v.id}`}>
                {v.startsOn} {v.startTime}–{v.endTime}
              </Link>
            ),
          },
          {
            title: t('label.customer'),
            key: 'customer',
            render: (_, v) => <Link to={`/customers/${v.customerId}`}>{v.customerName}</Link>,
          },
          // On a phone (reps open this in the car park) the date, customer and status are what count.
          { title: t('label.rep'), dataIndex: 'repName', responsive: ['sm'] },
          { title: t('label.place'), dataIndex: 'place', responsive: ['md'] },
          {
            title: t('label.objectives'),
            key: 'objectives',
            responsive: ['sm'],
            render: (_, v) =>
              v.status === 'reviewed'
                ? t('visits.achievedOf', { achieved: v.achieved, planned: v.objectives })
                : v.objectives,
          },
          {
            title: t('label.status'),
            key: 'status',
            render: (_, v) => <VisitStatusTag status={v.status as VisitStatus} />,
          },
        ]}
      />
      {pages.hasNextPage ? (
        <Flex justify="center" style={{ marginTop: 16 }}>
          <Button onClick={() => void pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
            {t('customers.loadMore')}
          </Button>
        </Flex>
      ) : items.length > 0 ? (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 12 }}>
          {t('common.shownRecords', { shown: items.length })}
        </Typography.Text>
      ) : null}
    </>
  )
}
