import { PlusOutlined } from '@ant-design/icons'
import { Button, Divider, Flex, Spin, Typography } from 'antd'
import { Fragment } from 'react'
import { useT } from '../../i18n/use-t'
import { AgendaCustomer } from './AgendaCustomer'
import { AgendaDueTag } from './AgendaDueTag'
import type { AgendaListProps } from './AgendaTable'
import { PhoneLink } from './PhoneLink'

/**
 * The agenda on a phone: one block per customer, the call and the quick log within a thumb's
 * reach, where a table would hide them off to the right.
 */
export function AgendaCards({ items, loading, isToday, onLog, empty }: AgendaListProps) {
  const { t } = useT()
  if (items.length === 0) return loading ? <Spin style={{ display: 'block', padding: 24 }} /> : empty
  return (
    <Spin spinning={loading}>
      <div data-testid="agenda-list">
        {items.map((item, index) => (
          <Fragment key={item.customerId}>
            {index > 0 ? <Divider style={{ margin: '12px 0' }} /> : null}
            <Flex vertical gap={6}>
              <AgendaCustomer item={item} />
              <Flex gap={8} align="center" wrap>
                <AgendaDueTag item={item} isToday={isToday} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('agenda.lastFollowUpOn', { date: item.lastFollowUpOn ?? t('agenda.never') })}
                </Typography.Text>
              </Flex>
              <Flex gap={12} align="center" justify="space-between" wrap>
                {item.phone ? <PhoneLink phone={item.phone} /> : <span />}
                {onLog ? (
                  <Button size="small" icon={<PlusOutlined />} onClick={() => onLog(item)}>
                    {t('followUps.log')}
                  </Button>
                ) : null}
              </Flex>
            </Flex>
          </Fragment>
        ))}
      </div>
    </Spin>
  )
}
