import type { Assignment } from '../../../contracts/commission'
import { useT } from '../../i18n/use-t'
import { commissionKeys } from './commission-keys'
import { deleteAssignment, fetchAssignments } from './commission-requests'
import { RemovableRecordsTable } from './RemovableRecordsTable'

/** Who is on which plan, when: a rep has one plan on any day. */
export function AssignmentsTab({ manages }: { manages: boolean }) {
  const { t } = useT()
  return (
    <RemovableRecordsTable<Assignment>
      queryKey={commissionKeys.assignments()}
      fetch={() => fetchAssignments()}
      remove={deleteAssignment}
      manages={manages}
      emptyText={t('commission.assignmentsEmpty')}
      testId="commission-assignments"
      columns={[
        { key: 'rep', title: t('label.repId'), dataIndex: 'repName' },
        { key: 'plan', title: t('label.planId'), dataIndex: 'planName' },
        { key: 'from', title: t('label.periodFrom'), dataIndex: 'periodFrom' },
        { key: 'to', title: t('label.periodTo'), dataIndex: 'periodTo' },
      ]}
    />
  )
}
