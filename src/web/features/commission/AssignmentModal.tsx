import { App, Form, Select } from 'antd'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Dayjs } from 'dayjs'
import { useT } from '../../i18n/use-t'
import { FormModal } from '../../lib/FormModal'
import { PeriodFields } from '../../lib/PeriodFields'
import { useServerError } from '../../lib/use-server-error'
import { toLocalDate } from '../ledger/date-value'
import { RepField } from '../users/RepField'
import { commissionKeys } from './commission-keys'
import { createAssignment, fetchPlans } from './commission-requests'
import { companyToday } from '../../lib/company-today'

type Values = { repId?: string; planId?: string; periodFrom?: Dayjs; periodTo?: Dayjs }
const FIELDS = ['repId', 'planId', 'periodFrom', 'periodTo']

/** Puts a rep on a plan for a period (this year by default); an overlap with their other plan is refused. */
export function AssignmentModal({ onClose }: { onClose: () => void }) {
  const { t } = useT()
  const { message } = App.useApp()
  const plans = useQuery({ queryKey: commissionKeys.plans, queryFn: fetchPlans })
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const serverError = useServerError(form, (path) => FIELDS.includes(String(path[0])))
  const save = useMutation({
    mutationFn: (v: Values) =>
      createAssignment({
        repId: v.repId ?? '',
        planId: v.planId ?? '',
        periodFrom: v.periodFrom ? toLocalDate(v.periodFrom) : '',
        periodTo: v.periodTo ? toLocalDate(v.periodTo) : '',
      }),
    onSuccess: (a) => {
      void queryClient.invalidateQueries({ queryKey: commissionKeys.all })
      void message.success(t('commission.assignmentSaved', { name: a.repName }))
      onClose()
    },
    onError: serverError.report,
  })
  const year = companyToday()
  return (
    <FormModal<Values>
      form={form}
      title={t('commission.assign')}
      saving={save.isPending}
      serverError={serverError}
      initialValues={{ periodFrom: year.startOf('year'), periodTo: year.endOf('year') }}
      onSubmit={(values) => save.mutate(values)}
      onClose={onClose}
    >
      <RepField />
      <Form.Item
        name="planId"
        label={t('label.planId')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Select
          loading={plans.isPending}
          options={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
        />
      </Form.Item>
      <PeriodFields />
    </FormModal>
  )
}
