import type { Adjustment } from '../../../contracts/commission'
import { useT } from '../../i18n/use-t'
import { Money } from '../ledger/Money'
import { commissionKeys } from './commission-keys'
import { deleteAdjustment, fetchAdjustments } from './commission-requests'
import { RemovableRecordsTable } from './RemovableRecordsTable'

/** Manual adjustments, signed, each with its reason; counted in the period holding their last day. */
export function AdjustmentsTab({ manages }: { manages: boolean }) {
  const { t } = useT()
  return (
    <RemovableRecordsTable<Adjustment>
      queryKey={commissionKeys.adjustments()}
      fetch={() => fetchAdjustments()}
      remove={deleteAdjustment}
      manages={manages}
      emptyText={t('commission.adjustmentsEmpty')}
      testId="commission-adjustments"
      columns={[
        { key: 'rep', title: t('label.repId'), dataIndex: 'repName' },
        { key: 'period', title: t('commission.period'), render: (_, a) => `${a.periodFrom} – ${a.periodTo}` },
        { key: 'reason', title: t('label.reason'), dataIndex: 'reason' },
        {
          key: 'amount',
          title: t('label.amount'),
          align: 'right',
          render: (_, a) => <Money minor={a.amount} type={a.amount < 0 ? 'danger' : undefined} />,
        },
      ]}
    />
  )
}
