import { LeftOutlined, RightOutlined } from '@ant-design/icons'
import { Button, Flex, Tooltip, Typography } from 'antd'
import { useT } from '../../i18n/use-t'
import { shiftWeek } from './week-days'

type Props = {
  weekStart: string
  weekEnd: string
  isThisWeek: boolean
  /** Any day of the week to show, or undefined for this week. */
  onChange: (week: string | undefined) => void
}

/** The previous week, the week shown, the next week, and a way back to this week. */
export function WeekNav({ weekStart, weekEnd, isThisWeek, onChange }: Props) {
  const { t } = useT()
  return (
    <Flex gap={8} align="center" wrap>
      <Tooltip title={t('schedule.previousWeek')}>
        <Button
          icon={<LeftOutlined />}
          onClick={() => onChange(shiftWeek(weekStart, -1))}
          aria-label={t('schedule.previousWeek')}
        />
      </Tooltip>
      <Typography.Text strong style={{ minWidth: 190, textAlign: 'center' }} data-testid="week-range">
        {t('schedule.weekRange', { from: weekStart, to: weekEnd })}
      </Typography.Text>
      <Tooltip title={t('schedule.nextWeek')}>
        <Button
          icon={<RightOutlined />}
          onClick={() => onChange(shiftWeek(weekStart, 1))}
          aria-label={t('schedule.nextWeek')}
        />
      </Tooltip>
      {isThisWeek ? null : <Button onClick={() => onChange(undefined)}>{t('schedule.thisWeek')}</Button>}
    </Flex>
  )
}
