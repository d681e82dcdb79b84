import { SmileOutlined } from '@ant-design/icons'
import { Flex, Typography } from 'antd'
import { useT } from '../../i18n/use-t'

/** What an empty day says: a good thing, not a missing thing. */
export function AgendaEmpty({ date, isToday }: { date: string; isToday: boolean }) {
  const { t } = useT()
  return (
    <Flex vertical align="center" gap={4} style={{ padding: '32px 16px' }} data-testid="agenda-empty">
      <SmileOutlined style={{ fontSize: 40, color: '#52c41a', marginBottom: 8 }} />
      <Typography.Text strong style={{ fontSize: 16 }}>
        {isToday ? t('agenda.nothingToday') : t('agenda.nothingOn', { date })}
      </Typography.Text>
      <Typography.Text type="secondary">{t('agenda.nothingHint')}</Typography.Text>
    </Flex>
  )
}
