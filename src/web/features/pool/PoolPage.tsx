import { Card, Tabs } from 'antd'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { useCurrentUser } from '../auth/current-user'
import { claims } from './pool-roles'
import { PoolFlowsTab } from './PoolFlowsTab'
import { PoolListTab } from './PoolListTab'
import { PoolWarningsCard } from './PoolWarningsCard'

/**
 * 公海 (DOMAIN.md "Customer pool"): customers nobody owns, to claim or assign; the reader's
 * customers about to return to it; and, per rep, customers in and out.
 */
export function PoolPage() {
  const { t } = useT()
  const user = useCurrentUser()
  return (
    <>
      <PageHeader title={t('pool.title')} subtitle={t('pool.subtitle')} />
      {claims(user) || user.role === 'admin' ? <PoolWarningsCard /> : null}
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          destroyOnHidden
          items={[
            { key: 'list', label: t('pool.tabList'), children: <PoolListTab /> },
            { key: 'flows', label: t('pool.tabFlows'), children: <PoolFlowsTab /> },
          ]}
        />
      </Card>
    </>
  )
}
