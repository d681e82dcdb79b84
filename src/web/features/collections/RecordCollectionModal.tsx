import { Form, Select } from 'antd'
import { COLLECTION_METHODS, type CollectionMethod } from '../../../core/ledger/order-lines'
import { useT } from '../../i18n/use-t'
import { createCollection } from '../ledger/ledger-requests'
import { CustomerAmountModal } from './CustomerAmountModal'
import { companyToday } from '../../lib/company-today'

type Props = { open: boolean; onClose: () => void; customerId?: string; orderId?: string }

/** A payment received (回款), optionally against one of the customer's orders. */
export function RecordCollectionModal({ open, onClose, customerId, orderId }: Props) {
  const { t } = useT()
  const method = (
    <Form.Item
      name="method"
      label={t('label.method')}
      rules={[{ required: true, message: t('form.required') }]}
    >
      <Select options={COLLECTION_METHODS.map((m) => ({ value: m, label: t(`method.${m}`) }))} />
    </Form.Item>
  )
  return (
    <CustomerAmountModal
      open={open}
      onClose={onClose}
      customerId={customerId}
      orderId={orderId}
      title="collections.record"
      success="collections.recorded"
      orderHint="collections.orderHint"
      dateField={{ name: 'collectedOn', label: 'label.collectedOn', initial: companyToday() }}
      extra={{ fields: method, names: ['method'], initial: { method: 'transfer' } }}
      save={({ date, values, ...input }) =>
        createCollection({
          customerId: input.customerId,
          orderId: input.orderId,
          collectedOn: date,
          amount: input.amount,
          method: values.method as CollectionMethod,
          note: input.note,
        })
      }
    />
  )
}
