import { Descriptions, Flex, Tag, Typography, type DescriptionsProps } from 'antd'
import type { Customer } from '../../../contracts/customers'
import { useT } from '../../i18n/use-t'
import { useWeekdayNames } from './use-weekday-names'

export function ContactPreferences({ customer: c }: { customer: Customer }) {
  const { t } = useT()
  const weekdays = useWeekdayNames()
  const dash = <Typography.Text type="secondary">{t('common.notSet')}</Typography.Text>
  const hours =
    c.preferredHoursFrom || c.preferredHoursTo
      ? `${c.preferredHoursFrom ?? '…'} – ${c.preferredHoursTo ?? '…'}`
      : null
  const items: DescriptionsProps['items'] = [
    {
      key: 'preferredTime',
      label: t('label.preferredTime'),
      children: c.preferredTime ? t(`preferredTime.${c.preferredTime}`) : dash,
    },
    {
      key: 'meetingStyle',
      label: t('label.meetingStyle'),
      children: c.meetingStyle ? t(`meetingStyle.${c.meetingStyle}`) : dash,
    },
    {
      key: 'preferredWeekdays',
      label: t('label.preferredWeekdays'),
      children: c.preferredWeekdays.length > 0 ? weekdays(c.preferredWeekdays) : dash,
    },
    { key: 'hours', label: t('customers.preferredHours'), children: hours ?? dash },
    {
      key: 'interests',
      label: t('label.interests'),
      children:
        c.interests.length > 0 ? (
          <Flex gap={4} wrap>
            {c.interests.map((interest) => (
              <Tag key={interest} color="cyan" style={{ marginInlineEnd: 0 }}>
                {interest}
              </Tag>
            ))}
          </Flex>
        ) : (
          dash
        ),
    },
  ]
  return <Descriptions items={items} column={1} size="small" />
}
