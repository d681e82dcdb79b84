import { Button, Flex, Popconfirm, Typography } from 'antd'
import type { WeekScheduleDto } from '../../../contracts/schedule'
import { useT } from '../../i18n/use-t'
import { dueText, whyText } from './due-texts'
import type { SlotTime } from './schedule-requests'
import { SlotCard } from './SlotCard'
import type { SlotTarget } from './use-schedule'
import { weekDays } from './week-days'

// Three buttons side by side in a column a seventh of the page wide.
const COMPACT = { paddingInline: 5, fontSize: 12 }

type Props = {
  week: WeekScheduleDto
  /** Absent for a reader who may not change this week. */
  onPlan?: (target: SlotTarget, time: SlotTime) => void
  onMove?: (target: SlotTarget, time: SlotTime) => void
  onDrop?: (target: SlotTarget, time: SlotTime) => void
}

/**
 * Monday to Sunday side by side: each day's proposals (dashed) and planned visits (solid) by start
 * time, with Accept, Move and Drop on each.
 */
export function WeekGrid({ week, onPlan, onMove, onDrop }: Props) {
  const { t } = useT()
  return (
    <div style={{ overflowX: 'auto' }}>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(7, minmax(160px, 1fr))',
          gap: 8,
          minWidth: 7 * 168,
        }}
        data-testid="week-grid"
      >
        {weekDays(week.weekStart).map(({ date, weekday }) => {
          const proposed = week.proposed.filter((p) => p.date === date)
          const planned = week.accepted.filter((s) => s.date === date)
          const items = [
            ...proposed.map((p) => ({ start: p.start, key: `p-${p.customerId}`, node: proposedCard(p) })),
            ...planned.map((s) => ({ start: s.start, key: `s-${s.id}`, node: plannedCard(s) })),
          ].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
          const isToday = date === week.today
          return (
            <section key={date} aria-label={`${t(`weekday.${weekday}`)} ${date}`} data-testid={`day-${date}`}>
              <Flex
                justify="space-between"
                align="baseline"
                style={{
                  padding: '6px 8px',
                  marginBottom: 8,
                  borderRadius: 6,
                  background: isToday ? '#e6f4ff' : '#fafafa',
                  borderBottom: isToday ? '2px solid #1677ff' : '2px solid #f0f0f0',
                }}
              >
                <Typography.Text strong>
                  {t(`weekday.${weekday}`)} {date.slice(5)}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {isToday
                    ? t('schedule.today')
                    : items.length > 0
                      ? t('schedule.visits', { count: items.length })
                      : ''}
                </Typography.Text>
              </Flex>
              <Flex vertical gap={8}>
                {items.length === 0 ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12, padding: '0 8px' }}>
                    {t('schedule.free')}
                  </Typography.Text>
                ) : (
                  items.map((item) => <div key={item.key}>{item.node}</div>)
                )}
              </Flex>
            </section>
          )
        })}
      </div>
    </div>
  )

  function proposedCard(p: WeekScheduleDto['proposed'][number]) {
    const target = { customerId: p.customerId, customerName: p.customerName }
    const time = { date: p.date, start: p.start, end: p.end }
    return (
      <SlotCard
        kind="proposed"
        customerId={p.customerId}
        customerName={p.customerName}
        tier={p.tier}
        start={p.start}
        end={p.end}
        formal={p.meetingStyle === 'formal'}
        due={{ text: dueText(t, p), overdue: p.overdue }}
        why={whyText(t, p)}
        actions={
          onPlan && onMove && onDrop ? (
            <>
              <Button size="small" style={COMPACT} type="primary" onClick={() => onPlan(target, time)}>
                {t('schedule.accept')}
              </Button>
              <Button size="small" style={COMPACT} onClick={() => onMove(target, time)}>
                {t('schedule.move')}
              </Button>
              <Button size="small" style={COMPACT} type="text" onClick={() => onDrop(target, time)}>
                {t('schedule.drop')}
              </Button>
            </>
          ) : null
        }
      />
    )
  }

  function plannedCard(s: WeekScheduleDto['accepted'][number]) {
    const target = { customerId: s.customerId, customerName: s.customerName, slot: s }
    const time = { date: s.date, start: s.start, end: s.end }
    const kind = s.status === 'done' ? 'done' : 'planned'
    return (
      <SlotCard
        kind={kind}
        customerId={s.customerId}
        customerName={s.customerName}
        tier={s.tier}
        start={s.start}
        end={s.end}
        actions={
          kind === 'planned' && onMove && onDrop ? (
            <>
              <Button size="small" style={COMPACT} onClick={() => onMove(target, time)}>
                {t('schedule.move')}
              </Button>
              <Popconfirm
                title={t('schedule.dropPlannedConfirm', { name: s.customerName })}
                okText={t('schedule.drop')}
                cancelText={t('common.cancel')}
                onConfirm={() => onDrop(target, time)}
              >
                <Button size="small" style={COMPACT} type="text">
                  {t('schedule.drop')}
                </Button>
              </Popconfirm>
            </>
          ) : null
        }
      />
    )
  }
}
