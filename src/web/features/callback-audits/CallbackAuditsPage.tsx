import { useState } from 'react'
import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Tabs } from 'antd'
import { useQuery } from '@tanstack/react-query'
import { useNavigate, useParams } from 'react-router'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { useCurrentUser } from '../auth/current-user'
import { auditKeys, fetchDraws } from './callback-audit-requests'
import { drawsAudits } from './callback-audit-roles'
import { DrawTable } from './DrawTable'
import { NewDrawModal } from './NewDrawModal'
import { RatesTab } from './RatesTab'

/** 隨機回訪: the draws (and a new one, for auditors and admins) and each rep's rates, one tab each. */
export function CallbackAuditsPage() {
  const { t } = useT()
  const user = useCurrentUser()
  const navigate = useNavigate()
  const { tab: param } = useParams()
  const tab = param === 'rates' ? 'rates' : 'draws'
  const [drawing, setDrawing] = useState(false)
  const draws = useQuery({ queryKey: auditKeys.draws, queryFn: fetchDraws })
  return (
    <>
      <PageHeader
        title={t('callbackAudits.title')}
        subtitle={t('callbackAudits.subtitle')}
        extra={
          drawsAudits(user) ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawing(true)}>
              {t('callbackAudits.newDraw')}
            </Button>
          ) : null
        }
      />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => void navigate(key === 'rates' ? '/callback-audits/rates' : '/callback-audits')}
          items={[
            {
              key: 'draws',
              label: t('callbackAudits.tabDraws'),
              children: draws.isError ? (
                <QueryErrorResult error={draws.error} onRetry={() => void draws.refetch()} />
              ) : (
                <DrawTable draws={draws.data?.items ?? []} loading={draws.isPending} />
              ),
            },
            {
              key: 'rates',
              label: t('callbackAudits.tabRates'),
              children: <RatesTab draws={draws.data?.items ?? []} />,
            },
          ]}
        />
      </Card>
      {drawing ? <NewDrawModal onClose={() => setDrawing(false)} /> : null}
    </>
  )
}
