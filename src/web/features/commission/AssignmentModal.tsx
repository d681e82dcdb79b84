import { App, Col, DatePicker, Form, Modal, Row, Select } from 'antd'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import dayjs, { type Dayjs } from 'dayjs'
import { useT } from '../../i18n/use-t'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { toLocalDate } from '../ledger/date-value'
import { canOwnCustomers, useUsers } from '../users/use-users'
import { commissionKeys } from './commission-keys'
import { createAssignment, fetchPlans } from './commission-requests'

type Values = { repId?: string; planId?: string; periodFrom?: Dayjs; periodTo?: Dayjs }
const FIELDS = ['repId', 'planId', 'periodFrom', 'periodTo']

/** Puts a rep on a plan for a period (this year by default); an overlap with their other plan is refused. */
export function AssignmentModal({ onClose }: { onClose: () => void }) {
  const { t } = useT()
  const { message } = App.useApp()
  const users = useUsers()
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
  const required = { required: true, message: t('form.required') }
  const year = dayjs()
  return (
    <Modal
      open
      title={t('commission.assign')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ServerErrorAlert problem={serverError.problem} onClose={serverError.clear} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ periodFrom: year.startOf('year'), periodTo: year.endOf('year') }}
        onFinish={(values) => {
          serverError.clear()
          save.mutate(values)
        }}
      >
        <Form.Item name="repId" label={t('label.repId')} rules={[required]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={users.isPending}
            options={(users.data ?? []).filter(canOwnCustomers).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="planId" label={t('label.planId')} rules={[required]}>
          <Select
            loading={plans.isPending}
            options={(plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="periodFrom" label={t('label.periodFrom')} rules={[required]}>
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="periodTo" label={t('label.periodTo')} rules={[required]}>
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  )
}
