import { useState } from 'react'
import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, DatePicker, Flex, Tabs, Typography } from 'antd'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useNavigate, useParams } from 'react-router'
import type { Opportunity } from '../../../contracts/opportunities'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { useCurrentUser } from '../auth/current-user'
import { RepSelect } from '../follow-ups/RepSelect'
import { fromLocalDate, toLocalDate } from '../ledger/date-value'
import { periodPresets } from '../monitor/period-presets'
import { analysisPeriodOf, boardPeriodOf } from './board-period'
import { OpportunityBoard } from './OpportunityBoard'
import { OpportunityFormModal } from './OpportunityFormModal'
import { opportunityKeys } from './opportunity-keys'
import { fetchBoard } from './opportunity-requests'
import { filtersByRep, worksOpportunities } from './opportunity-roles'
import { WinLossTab } from './WinLossTab'
import { companyToday } from '../../lib/company-today'

const PATHS = { board: '/opportunities', analysis: '/opportunities/analysis' } as const
type Tab = keyof typeof PATHS
type Period = { from?: string; to?: string }

/**
 * 商機 (DOMAIN.md "Opportunities (the three hurdles)"): the board, and the win/loss analysis of
 * what closed — for one rep or everyone the reader sees. The board's period is "closes in"
 * (expected date when open, close date when won or lost) and may be cleared to show everything;
 * the analysis always covers a closed period.
 */
export function OpportunitiesPage() {
  const { t } = useT()
  const user = useCurrentUser()
  const navigate = useNavigate()
  const { tab: param } = useParams()
  const tab: Tab = param === 'analysis' ? 'analysis' : 'board'
  const [owner, setOwner] = useState<string | undefined>()
  const [boardPeriod, setBoardPeriod] = useState<Period>(() => boardPeriodOf())
  const [analysisPeriod, setAnalysisPeriod] = useState<Required<Period>>(() => analysisPeriodOf())
  // null: closed; 'new': a new opportunity; an opportunity: its details.
  const [editing, setEditing] = useState<Opportunity | 'new' | null>(null)
  const boardFilter = { owner, ...boardPeriod }
  const board = useQuery({
    queryKey: opportunityKeys.board(boardFilter),
    queryFn: () => fetchBoard(boardFilter),
    placeholderData: keepPreviousData,
    enabled: tab === 'board',
  })
  const period = tab === 'board' ? boardPeriod : analysisPeriod
  const filters = (
    <Flex align="center" gap={8} wrap style={{ marginBottom: 12 }}>
      {filtersByRep(user) ? (
        <RepSelect value={owner} onChange={setOwner} allowClear placeholder={t('opportunities.allReps')} />
      ) : null}
      <Typography.Text type="secondary">
        {tab === 'board' ? t('opportunities.closesIn') : t('opportunities.closedIn')}
      </Typography.Text>
      <DatePicker.RangePicker
        allowClear={tab === 'board'}
        value={
          period.from && period.to
            ? [fromLocalDate(period.from) ?? companyToday(), fromLocalDate(period.to) ?? companyToday()]
            : null
        }
        presets={periodPresets().map((p) => ({ label: t(p.key), value: p.range }))}
        onChange={(range) => {
          const from = range?.[0] ? toLocalDate(range[0]) : undefined
          const to = range?.[1] ? toLocalDate(range[1]) : undefined
          if (tab === 'board') setBoardPeriod({ from, to })
          else if (from && to) setAnalysisPeriod({ from, to })
        }}
        style={{ maxWidth: '100%' }}
        data-testid="opportunity-period"
      />
    </Flex>
  )
  return (
    <>
      <PageHeader
        title={t('opportunities.title')}
        subtitle={t('opportunities.subtitle')}
        extra={
          worksOpportunities(user) ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {t('opportunities.new')}
            </Button>
          ) : null
        }
      />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => void navigate(PATHS[key as Tab])}
          destroyOnHidden
          items={[
            {
              key: 'board',
              label: t('opportunities.tabBoard'),
              children: (
                <>
                  {filters}
                  {board.isError ? (
                    <QueryErrorResult error={board.error} onRetry={() => void board.refetch()} />
                  ) : (
                    <OpportunityBoard board={board.data} loading={board.isFetching} onEdit={setEditing} />
                  )}
                </>
              ),
            },
            {
              key: 'analysis',
              label: t('opportunities.tabAnalysis'),
              children: (
                <>
                  {filters}
                  <WinLossTab filter={{ owner, ...analysisPeriod }} />
                </>
              ),
            },
          ]}
        />
      </Card>
      {editing ? (
        <OpportunityFormModal
          opportunity={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  )
}
