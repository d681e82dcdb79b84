import { useState } from 'react'
import { UserOutlined } from '@ant-design/icons'
import { Card, Empty, Flex, Grid, Statistic } from 'antd'
import { useSearchParams } from 'react-router'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { useCurrentUser } from '../auth/current-user'
import { AgendaEmpty } from './AgendaEmpty'
import { AgendaCards } from './AgendaCards'
import type { AgendaItem } from './agenda-item'
import { AgendaTable } from './AgendaTable'
import { AgendaVisitsCard } from './AgendaVisitsCard'
import { DayNav } from './DayNav'
import { DuePlansCard } from './DuePlansCard'
import { canLogFollowUps, hasOwnAgenda, picksRep } from './follow-up-roles'
import { LogFollowUpModal } from './LogFollowUpModal'
import { RepSelect } from './RepSelect'
import { useAgenda } from './use-follow-ups'
import { companyToday } from '../../lib/company-today'

const DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * The home page of reps and managers (issue 4): whom to follow up on a day — overdue first, then
 * due — with a one-click quick log, the day's visits, and the collection plans due. The rep and the day live in the
 * URL; without a day the server answers for today in the organisation's time zone.
 */
export function AgendaPage() {
  const { t } = useT()
  const user = useCurrentUser()
  const [params, setParams] = useSearchParams()
  // Unknown before the first measure: the table, until a narrow screen is known.
  const narrow = Grid.useBreakpoint().md === false
  const AgendaList = narrow ? AgendaCards : AgendaTable
  // The customer stays set while the modal closes, so its title does not change mid-animation.
  const [logging, setLogging] = useState<{ open: boolean; item?: AgendaItem }>({ open: false })
  const date = params.get('date') ?? undefined
  const chosenRep = params.get('rep') ?? undefined
  // Without a rep the server answers with the reader's own agenda; admins and finance have none.
  const rep = chosenRep ?? (hasOwnAgenda(user) ? user.id : undefined)
  const query = { rep: chosenRep, date: date && DATE.test(date) ? date : undefined }
  const agenda = useAgenda(query, Boolean(rep))
  const set = (key: 'rep' | 'date', value: string | undefined) =>
    setParams((current) => {
      const next = new URLSearchParams(current)
      if (value && !(key === 'rep' && value === user.id)) next.set(key, value)
      else next.delete(key)
      return next
    })
  const data = agenda.data
  const shownDate = data?.date ?? query.date ?? companyToday().format('YYYY-MM-DD')
  const isToday = !query.date || query.date === companyToday().format('YYYY-MM-DD')
  const someoneElse = data && data.repId !== user.id
  return (
    <>
      <PageHeader
        title={isToday ? t('agenda.title') : t('agenda.titleOn', { date: shownDate })}
        subtitle={someoneElse ? t('agenda.of', { name: data.repName }) : t('agenda.subtitle')}
        extra={picksRep(user) ? <RepSelect value={rep} onChange={(id) => set('rep', id)} /> : null}
      />
      {!rep ? (
        <Card>
          <Empty
            image={<UserOutlined style={{ fontSize: 40, color: '#bfbfbf' }} />}
            description={t('agenda.pickRepHint')}
          />
        </Card>
      ) : agenda.isError ? (
        <QueryErrorResult error={agenda.error} onRetry={() => void agenda.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <Card>
            <Flex justify="space-between" align="center" gap={16} wrap style={{ marginBottom: 16 }}>
              <DayNav
                date={shownDate}
                isToday={isToday}
                compact={narrow}
                onChange={(day) => set('date', day)}
              />
              <Flex gap={40} data-testid="agenda-counts">
                <Statistic
                  title={t('agenda.overdueCount')}
                  value={data?.overdue ?? 0}
                  loading={agenda.isPending}
                  styles={{ content: { color: (data?.overdue ?? 0) > 0 ? '#cf1322' : undefined } }}
                />
                <Statistic
                  title={isToday ? t('agenda.dueTodayCount') : t('agenda.dueCount')}
                  value={data?.dueToday ?? 0}
                  loading={agenda.isPending}
                />
              </Flex>
            </Flex>
            <AgendaList
              items={data?.items ?? []}
              loading={agenda.isPending || agenda.isPlaceholderData}
              isToday={isToday}
              onLog={canLogFollowUps(user) ? (item) => setLogging({ open: true, item }) : undefined}
              empty={<AgendaEmpty date={shownDate} isToday={isToday} />}
            />
          </Card>
          <AgendaVisitsCard date={shownDate} visits={data?.visits ?? []} loading={agenda.isPending} />
          <DuePlansCard plans={data?.collectionPlans ?? []} loading={agenda.isPending} />
        </Flex>
      )}
      <LogFollowUpModal
        open={logging.open}
        onClose={() => setLogging((current) => ({ ...current, open: false }))}
        customer={logging.item && { id: logging.item.customerId, name: logging.item.customerName }}
      />
    </>
  )
}
