import { useState } from 'react'
import { PlusOutlined } from '@ant-design/icons'
import { Button, Card, Tabs } from 'antd'
import { useNavigate, useParams } from 'react-router'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { useCurrentUser } from '../auth/current-user'
import { AdjustmentModal } from './AdjustmentModal'
import { AdjustmentsTab } from './AdjustmentsTab'
import { AssignmentModal } from './AssignmentModal'
import { AssignmentsTab } from './AssignmentsTab'
import { managesCommission } from './commission-roles'
import { PlanEditorModal } from './PlanEditorModal'
import { PlansTab } from './PlansTab'
import { ResultsTab } from './ResultsTab'

const TABS = ['results', 'plans', 'assignments', 'adjustments'] as const
type Tab = (typeof TABS)[number]
const PATHS: Record<Tab, string> = {
  results: '/commission',
  plans: '/commission/plans',
  assignments: '/commission/assignments',
  adjustments: '/commission/adjustments',
}

/**
 * 提成 (DOMAIN.md "Commission"): each rep's results for a period, the plans, who is on which plan
 * when, and the adjustments — one tab each, in the URL. Admins and finance change them; managers
 * read their tree's results, reps their own.
 */
export function CommissionPage() {
  const { t } = useT()
  const user = useCurrentUser()
  const navigate = useNavigate()
  const { tab: param } = useParams()
  const manages = managesCommission(user)
  const [dialog, setDialog] = useState<'plan' | 'assign' | 'adjust' | null>(null)
  const tab = TABS.find((key) => key === param) ?? 'results'
  const labels: Record<Tab, string> = {
    results: t('commission.tabResults'),
    plans: t('commission.tabPlans'),
    assignments: t('commission.tabAssignments'),
    adjustments: t('commission.tabAdjustments'),
  }
  const content: Record<Tab, React.ReactNode> = {
    results: <ResultsTab />,
    plans: <PlansTab manages={manages} />,
    assignments: <AssignmentsTab manages={manages} />,
    adjustments: <AdjustmentsTab manages={manages} />,
  }
  const action: Partial<Record<Tab, { label: string; dialog: 'plan' | 'assign' | 'adjust' }>> = {
    plans: { label: t('commission.newPlan'), dialog: 'plan' },
    assignments: { label: t('commission.assign'), dialog: 'assign' },
    adjustments: { label: t('commission.adjust'), dialog: 'adjust' },
  }
  const current = manages ? action[tab] : undefined
  return (
    <>
      <PageHeader
        title={t('commission.title')}
        subtitle={t('commission.subtitle')}
        extra={
          current ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog(current.dialog)}>
              {current.label}
            </Button>
          ) : null
        }
      />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => void navigate(PATHS[key as Tab])}
          destroyOnHidden
          items={TABS.map((key) => ({ key, label: labels[key], children: content[key] }))}
        />
      </Card>
      {dialog === 'plan' ? <PlanEditorModal plan={null} onClose={() => setDialog(null)} /> : null}
      {dialog === 'assign' ? <AssignmentModal onClose={() => setDialog(null)} /> : null}
      {dialog === 'adjust' ? <AdjustmentModal onClose={() => setDialog(null)} /> : null}
    </>
  )
}
