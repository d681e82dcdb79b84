import { LeftOutlined, RightOutlined } from '@ant-design/icons'
import { Button, DatePicker, Flex, Tooltip } from 'antd'
import dayjs from 'dayjs'
import { useT } from '../../i18n/use-t'
import { fromLocalDate, toLocalDate } from '../ledger/date-value'

type Props = {
  /** The day shown, `YYYY-MM-DD`. */
  date: string
  isToday: boolean
  /** On a phone: a shorter date, so the arrows stay beside it. */
  compact?: boolean
  /** A day, or undefined for today (the server's today, in the organisation's time zone). */
  onChange: (date: string | undefined) => void
}

/** The previous day, a picker, the next day, and a way back to today. */
export function DayNav({ date, isToday, compact = false, onChange }: Props) {
  const { t } = useT()
  const shift = (days: number) => onChange(toLocalDate(dayjs(date).add(days, 'day')))
  return (
    <Flex gap={8} align="center" wrap>
      <Flex gap={8} align="center">
        <Tooltip title={t('agenda.previousDay')}>
          <Button icon={<LeftOutlined />} onClick={() => shift(-1)} aria-label={t('agenda.previousDay')} />
        </Tooltip>
        <DatePicker
          value={fromLocalDate(date)}
          onChange={(day) => onChange(day ? toLocalDate(day) : undefined)}
          format={compact ? 'MM-DD ddd' : 'YYYY-MM-DD dddd'}
          allowClear={false}
          aria-label={t('agenda.day')}
          style={{ width: compact ? 130 : 190 }}
        />
        <Tooltip title={t('agenda.nextDay')}>
          <Button icon={<RightOutlined />} onClick={() => shift(1)} aria-label={t('agenda.nextDay')} />
        </Tooltip>
      </Flex>
      {isToday ? null : <Button onClick={() => onChange(undefined)}>{t('agenda.today')}</Button>}
    </Flex>
  )
}
