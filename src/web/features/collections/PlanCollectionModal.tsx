import { createCollectionPlan } from '../ledger/ledger-requests'
import { CustomerAmountModal } from './CustomerAmountModal'

type Props = { open: boolean; onClose: () => void; customerId?: string }

/** A collection plan (回款計劃): how much the customer should pay by when. */
export function PlanCollectionModal({ open, onClose, customerId }: Props) {
  return (
    <CustomerAmountModal
      open={open}
      onClose={onClose}
      customerId={customerId}
      title="plans.new"
      success="plans.created"
      dateField={{ name: 'dueOn', label: 'plans.dueOn' }}
      save={({ date, ...input }) =>
        createCollectionPlan({
          customerId: input.customerId,
          orderId: input.orderId,
          dueOn: date,
          amount: input.amount,
          note: input.note,
        })
      }
    />
  )
}
