import { Select, Flex } from 'antd'
import { useSearchParams } from 'react-router'
import { useT } from '../../i18n/use-t'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { useCurrentUser } from '../auth/current-user'
import { useUsers } from '../users/use-users'
import { BudgetTable } from './BudgetTable'
import { useBudgets } from './use-expenses'

/** Budgets with what each rep collected, spent and has left; the rep filter lives in the URL. */
export function BudgetsTab() {
  const { t } = useT()
  const user = useCurrentUser()
  const users = useUsers()
  const [params, setParams] = useSearchParams()
  const rep = params.get('rep') || undefined
  const budgets = useBudgets(rep)
  return (
    <>
      {user.role !== 'rep' ? (
        <Flex style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('label.repId')}
            placeholder={t('label.repId')}
            value={rep}
            onChange={(next?: string) => setParams(next ? { rep: next } : {})}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={users.isPending}
            options={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            style={{ width: 170 }}
          />
        </Flex>
      ) : null}
      {budgets.isError ? (
        <QueryErrorResult error={budgets.error} onRetry={() => void budgets.refetch()} />
      ) : (
        <BudgetTable items={budgets.data?.items ?? []} loading={budgets.isPending} />
      )}
    </>
  )
}
