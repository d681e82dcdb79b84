import { Tag, Tooltip } from 'antd'
import { useT } from '../../i18n/use-t'
import type { AgendaItem } from './agenda-item'

/** Red with the days overdue, or blue for due on the day shown. */
export function AgendaDueTag({ item, isToday }: { item: AgendaItem; isToday: boolean }) {
  const { t } = useT()
  if (item.overdue)
    return (
      <Tooltip title={t('agenda.dueSince', { date: item.nextDue })}>
        <Tag color="error" style={{ marginInlineEnd: 0, whiteSpace: 'nowrap' }}>
          {t('agenda.overdueDays', { days: item.daysOverdue })}
        </Tag>
      </Tooltip>
    )
  return (
    <Tag color="processing" style={{ marginInlineEnd: 0, whiteSpace: 'nowrap' }}>
      {isToday ? t('agenda.dueToday') : t('agenda.due')}
    </Tag>
  )
}
