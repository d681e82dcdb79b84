import { Empty, Flex, Tag, Typography } from 'antd'
import type { DoneGroupDto } from '../../../contracts/daily-reports'
import { useT } from '../../i18n/use-t'

type Props = { groups: readonly DoneGroupDto[] }

const STATUS_COLORS: Record<string, string> = {
  planned: 'default',
  checked_in: 'blue',
  reviewed: 'green',
  missed: 'red',
  cancelled: 'default',
}

/** The day's follow-ups and visits, customer by customer, each with its time and what it was. */
export function DoneGroupsList({ groups }: Props) {
  const { t } = useT()
  if (groups.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dailyReport.noActivity')} />
  return (
    <Flex vertical gap={12} data-testid="done-groups">
      {groups.map((g) => (
        <div key={g.customerId}>
          <Typography.Text strong>{g.customerName}</Typography.Text>
          {g.items.map((item) => (
            <Flex key={item.id} gap={8} align="baseline" wrap style={{ marginTop: 4, paddingInlineStart: 8 }}>
              <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {item.time}
              </Typography.Text>
              {item.channel ? <Tag>{t(`report.channel.${item.channel}`)}</Tag> : null}
              {item.visitStatus ? (
                <Tag color={STATUS_COLORS[item.visitStatus]}>
                  {t(`report.visit_status.${item.visitStatus}`)}
                </Tag>
              ) : null}
              {item.summary ? (
                <Typography.Text style={{ minWidth: 0 }}>{item.summary}</Typography.Text>
              ) : null}
            </Flex>
          ))}
        </div>
      ))}
    </Flex>
  )
}
