import { useState } from 'react'
import { UserOutlined } from '@ant-design/icons'
import { Card, Empty, Flex, Result, Typography } from 'antd'
import { useSearchParams } from 'react-router'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { useCurrentUser } from '../auth/current-user'
import type { SlotTime } from './schedule-requests'
import { hasOwnWeek, picksRep, plansWeeks } from './schedule-roles'
import { ScheduleRepSelect } from './ScheduleRepSelect'
import { SlotTimeModal } from './SlotTimeModal'
import { UnplacedCard } from './UnplacedCard'
import { useSlotActions, useWeek, type SlotTarget } from './use-schedule'
import { WeekGrid } from './WeekGrid'
import { WeekNav } from './WeekNav'

const DATE = /^\d{4}-\d{2}-\d{2}$/

type Editing = { open: boolean; title: string; target?: SlotTarget; initial?: SlotTime }

/**
 * A rep's week (DOMAIN.md "Follow-up cadence", Scheduling; issue 4): a slot proposed for every
 * customer due, A before B before C, around the planned visits; accept, move or drop each; what
 * could not be placed, with the reason. The rep and the week live in the URL.
 */
export function SchedulePage() {
  const { t } = useT()
  const user = useCurrentUser()
  const [params, setParams] = useSearchParams()
  const [editing, setEditing] = useState<Editing>({ open: false, title: '' })
  const { plan, drop } = useSlotActions()
  const weekParam = params.get('week') ?? undefined
  const chosenRep = params.get('rep') ?? undefined
  // Without a rep the server answers with the reader's own week; an admin has none of their own.
  const rep = chosenRep ?? (hasOwnWeek(user) ? user.id : undefined)
  const query = { rep: chosenRep, week: weekParam && DATE.test(weekParam) ? weekParam : undefined }
  const week = useWeek(query, Boolean(rep) && plansWeeks(user))
  const set = (key: 'rep' | 'week', value: string | undefined) =>
    setParams((current) => {
      const next = new URLSearchParams(current)
      if (value && !(key === 'rep' && value === user.id)) next.set(key, value)
      else next.delete(key)
      return next
    })
  if (!plansWeeks(user)) return <Result status="403" title={t('error.forbidden')} />

  const data = week.data
  const openEditor = (title: string, target: SlotTarget, initial: SlotTime) =>
    setEditing({ open: true, title, target, initial })
  const save = (time: SlotTime) => {
    if (!editing.target) return
    plan.mutate(
      { target: editing.target, time },
      { onSuccess: () => setEditing((current) => ({ ...current, open: false })) },
    )
  }
  const someoneElse = data && data.repId !== user.id
  return (
    <>
      <PageHeader
        title={t('schedule.title')}
        subtitle={someoneElse ? t('schedule.of', { name: data.repName }) : t('schedule.subtitle')}
        extra={picksRep(user) ? <ScheduleRepSelect value={rep} onChange={(id) => set('rep', id)} /> : null}
      />
      {!rep ? (
        <Card>
          <Empty
            image={<UserOutlined style={{ fontSize: 40, color: '#bfbfbf' }} />}
            description={t('schedule.pickRepHint')}
          />
        </Card>
      ) : week.isError ? (
        <QueryErrorResult error={week.error} onRetry={() => void week.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <Card loading={week.isPending}>
            {data ? (
              <>
                <Flex justify="space-between" align="center" gap={16} wrap style={{ marginBottom: 16 }}>
                  <WeekNav
                    weekStart={data.weekStart}
                    weekEnd={data.weekEnd}
                    isThisWeek={data.today >= data.weekStart && data.today <= data.weekEnd}
                    onChange={(day) => set('week', day)}
                  />
                  <Typography.Text type="secondary" data-testid="week-summary">
                    {t('schedule.summary', {
                      proposed: data.proposed.length,
                      planned: data.accepted.length,
                      unplaced: data.unplaced.length,
                    })}
                  </Typography.Text>
                </Flex>
                <WeekGrid
                  week={data}
                  onPlan={(target, time) => plan.mutate({ target, time })}
                  onMove={(target, time) =>
                    openEditor(t('schedule.moveTitle', { name: target.customerName }), target, time)
                  }
                  onDrop={(target, time) => drop.mutate({ target, time })}
                />
              </>
            ) : null}
          </Card>
          <UnplacedCard
            items={data?.unplaced ?? []}
            loading={week.isPending}
            onPlan={(target) =>
              data &&
              openEditor(t('schedule.planTitle', { name: target.customerName }), target, {
                date: data.today > data.weekStart && data.today <= data.weekEnd ? data.today : data.weekStart,
                start: '09:00',
                end: '09:30',
              })
            }
          />
        </Flex>
      )}
      <SlotTimeModal
        open={editing.open}
        title={editing.title}
        initial={editing.initial}
        saving={plan.isPending}
        onSubmit={save}
        onClose={() => setEditing((current) => ({ ...current, open: false }))}
      />
    </>
  )
}
