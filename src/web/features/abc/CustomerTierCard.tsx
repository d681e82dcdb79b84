import { EditOutlined } from '@ant-design/icons'
import { App, Button, Card, Descriptions, Flex, Popconfirm, Timeline, Typography } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { CustomerTier } from '../../../contracts/classification'
import { useT } from '../../i18n/use-t'
import { queryKeys } from '../../lib/query-keys'
import { Money } from '../ledger/Money'
import { TierTag } from '../customers/TierTag'
import { removeTierOverride } from './abc-requests'
import { TierOverrideModal } from './TierOverrideModal'
import { useCustomerTier } from './use-abc'

function OverrideText({ tier }: { tier: CustomerTier }) {
  const { t } = useT()
  const o = tier.override
  if (!o) return <Typography.Text type="secondary">{t('tier.noOverride')}</Typography.Text>
  const ended = o.until !== null && tier.effectiveTier !== o.tier
  return (
    <Flex vertical gap={4}>
      <span>
        <TierTag tier={o.tier} long />
        <Typography.Text type={ended ? 'warning' : 'secondary'}>
          {o.until ? t(ended ? 'tier.expired' : 'tier.until', { date: o.until }) : t('tier.untilRemoved')}
        </Typography.Text>
      </span>
      <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{o.reason}</Typography.Text>
    </Flex>
  )
}

/**
 * The customer's tier as DOMAIN.md wants it shown: computed and effective side by side, the manual
 * override with its reason, and the customer's result in each ABC run.
 */
export function CustomerTierCard({ customerId }: { customerId: string }) {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const tier = useCustomerTier(customerId)
  const [editing, setEditing] = useState(false)
  const remove = useMutation({
    mutationFn: (current: CustomerTier) => removeTierOverride(current.customerId, current.version),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.customers })
      void message.success(t('tier.removed'))
    },
    onError: (error) => void message.error(error.message),
  })
  if (!tier.data) return <Card title={t('tier.title')} loading={tier.isPending} />
  const data = tier.data
  return (
    <Card
      title={t('tier.title')}
      data-testid="customer-tier"
      extra={
        data.canOverride ? (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {data.override ? t('tier.changeOverride') : t('tier.setOverride')}
          </Button>
        ) : null
      }
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'effective',
            label: t('tier.effective'),
            children: <TierTag tier={data.effectiveTier} long />,
          },
          { key: 'computed', label: t('tier.computed'), children: <TierTag tier={data.tier} long /> },
          { key: 'override', label: t('label.tierOverride'), children: <OverrideText tier={data} /> },
        ]}
      />
      {data.override && data.canOverride ? (
        <Popconfirm
          title={t('tier.removeConfirm')}
          okText={t('tier.removeOverride')}
          okButtonProps={{ danger: true, loading: remove.isPending }}
          cancelText={t('common.cancel')}
          onConfirm={() => remove.mutateAsync(data).catch(() => undefined)}
        >
          <Button size="small" danger style={{ marginBottom: 12 }}>
            {t('tier.removeOverride')}
          </Button>
        </Popconfirm>
      ) : null}
      <Typography.Title level={5} style={{ marginTop: 4 }}>
        {t('tier.history')}
      </Typography.Title>
      {data.history.length === 0 ? (
        <Typography.Text type="secondary">{t('tier.noHistory')}</Typography.Text>
      ) : (
        <Timeline
          items={data.history.slice(0, 12).map((h) => ({
            key: h.runId,
            content: (
              <Flex gap={8} wrap align="center">
                <Typography.Text>{h.asOf}</Typography.Text>
                {h.previousTier && h.previousTier !== h.tier ? (
                  <>
                    <TierTag tier={h.previousTier} />→
                  </>
                ) : null}
                <TierTag tier={h.tier} />
                <Typography.Text type="secondary">
                  {t('tier.historyRank', { rank: h.rank })} · <Money minor={h.value} type="secondary" />
                </Typography.Text>
              </Flex>
            ),
          }))}
        />
      )}
      <TierOverrideModal open={editing} onClose={() => setEditing(false)} tier={data} />
    </Card>
  )
}
