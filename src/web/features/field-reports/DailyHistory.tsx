import { Card, Collapse, Empty, Flex, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { useT } from '../../i18n/use-t'
import { useDailyHistory } from './use-field-reports'

type Props = { onOpen: (date: string) => void }

/** The rep's own check-ins, newest day first: the text as sent, and a way back to that day. */
export function DailyHistory({ onOpen }: Props) {
  const { t } = useT()
  const history = useDailyHistory({ limit: 30 })
  const items = history.data?.items ?? []
  return (
    <Card
      size="small"
      title={t('dailyReport.history')}
      loading={history.isPending}
      data-testid="daily-history"
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dailyReport.historyEmpty')} />
      ) : (
        <Collapse
          size="small"
          ghost
          items={items.map((r) => ({
            key: r.id,
            label: (
              <Flex gap={8} wrap align="center">
                <Typography.Link
                  onClick={(event) => {
                    event.stopPropagation()
                    onOpen(r.date)
                  }}
                >
                  {r.date} {dayjs(r.date).format('ddd')}
                </Typography.Link>
                <Typography.Text type="secondary">
                  {t('dailyReport.activityCounts', { followUps: r.followUps, visits: r.visits })}
                </Typography.Text>
                {dayjs(r.submittedAt).format('YYYY-MM-DD') > r.date ? (
                  <Tag color="orange">{t('dailyReport.late')}</Tag>
                ) : null}
              </Flex>
            ),
            extra: (
              <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                {dayjs(r.submittedAt).format('MM-DD HH:mm')}
              </Typography.Text>
            ),
            children: (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {r.done}
              </Typography.Paragraph>
            ),
          }))}
        />
      )}
    </Card>
  )
}
