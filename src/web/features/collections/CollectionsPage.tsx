import { Card, Tabs } from 'antd'
import { useNavigate, useParams } from 'react-router'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { CollectionsTab } from './CollectionsTab'
import { PlansTab } from './PlansTab'
import { ReceivablesTab } from './ReceivablesTab'

const TABS = ['collections', 'receivables', 'plans'] as const
type Tab = (typeof TABS)[number]
const PATHS: Record<Tab, string> = {
  collections: '/collections',
  receivables: '/collections/receivables',
  plans: '/collections/plans',
}

/** 回款: what was collected, what is still receivable, and what is planned — one tab each, in the URL. */
export function CollectionsPage() {
  const { t } = useT()
  const navigate = useNavigate()
  const { tab: param } = useParams()
  const tab = TABS.find((key) => key === param) ?? 'collections'
  return (
    <>
      <PageHeader title={t('collections.title')} subtitle={t('collections.subtitle')} />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => void navigate(PATHS[key as Tab])}
          destroyOnHidden
          items={[
            { key: 'collections', label: t('collections.tab'), children: <CollectionsTab /> },
            { key: 'receivables', label: t('receivables.tab'), children: <ReceivablesTab /> },
            { key: 'plans', label: t('plans.tab'), children: <PlansTab /> },
          ]}
        />
      </Card>
    </>
  )
}
