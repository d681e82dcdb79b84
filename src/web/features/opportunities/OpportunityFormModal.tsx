import { App, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Opportunity } from '../../../contracts/opportunities'
import { OPEN_STAGES } from '../../../core/opportunities/stages'
import { useT } from '../../i18n/use-t'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { canChooseOwner, useCurrentUser } from '../auth/current-user'
import { CustomerSelect } from '../ledger/CustomerSelect'
import { moneyRule } from '../ledger/money-rule'
import { canOwnCustomers, useUsers } from '../users/use-users'
import {
  OPPORTUNITY_FORM_FIELDS,
  emptyOpportunityValues,
  toCreateBody,
  toOpportunityFormValues,
  toUpdateBody,
  type OpportunityFormValues,
} from './opportunity-form-values'
import { opportunityKeys } from './opportunity-keys'
import { createOpportunity, updateOpportunity } from './opportunity-requests'
import { stageLabel } from './stage-label'

type Props = { opportunity: Opportunity | null; customerId?: string; onClose: () => void }

/** A new opportunity, or an open one's details; its stage moves on the board, not here. */
export function OpportunityFormModal({ opportunity, customerId, onClose }: Props) {
  const { t, lang } = useT()
  const { message } = App.useApp()
  const user = useCurrentUser()
  const users = useUsers()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<OpportunityFormValues>()
  const serverError = useServerError(form, (path) => OPPORTUNITY_FORM_FIELDS.includes(String(path[0])))
  const save = useMutation({
    mutationFn: (values: OpportunityFormValues) =>
      opportunity
        ? updateOpportunity(opportunity.id, opportunity.version, toUpdateBody(values, opportunity))
        : createOpportunity(toCreateBody(values)),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: opportunityKeys.all })
      void message.success(t('opportunities.saved', { title: saved.title }))
      onClose()
    },
    onError: (error) => {
      void queryClient.invalidateQueries({ queryKey: opportunityKeys.all })
      serverError.report(error)
    },
  })
  const required = { required: true, message: t('form.required') }
  return (
    <Modal
      open
      title={opportunity ? t('opportunities.editTitle') : t('opportunities.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: save.isPending }}
      onCancel={onClose}
      onOk={() => {
        serverError.clear()
        void form.validateFields().then(
          (values) => save.mutate(values),
          () => undefined,
        )
      }}
      width={640}
      destroyOnHidden
    >
      <ServerErrorAlert problem={serverError.problem} onClose={serverError.clear} />
      <Form<OpportunityFormValues>
        form={form}
        layout="vertical"
        initialValues={
          opportunity ? toOpportunityFormValues(opportunity, lang) : emptyOpportunityValues(customerId)
        }
      >
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="title" label={t('label.title')} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={200} placeholder={t('opportunities.titlePlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="customerId" label={t('label.customerId')} rules={[required]}>
              <CustomerSelect allowClear={false} />
            </Form.Item>
          </Col>
          {canChooseOwner(user) ? (
            <Col xs={24} md={12}>
              <Form.Item name="ownerId" label={t('label.ownerId')} extra={t('opportunities.ownerHint')}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={users.isPending}
                  options={(users.data ?? [])
                    .filter(canOwnCustomers)
                    .map((u) => ({ value: u.id, label: u.name }))}
                />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24} md={12}>
            <Form.Item name="amount" label={t('label.amount')} rules={[moneyRule(t)]} required>
              <Input inputMode="decimal" placeholder="120,000" style={{ textAlign: 'right' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="expectedOn" label={t('label.expectedOn')} rules={[required]}>
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {opportunity ? null : (
            <Col xs={24} md={12}>
              <Form.Item name="stage" label={t('label.stage')} extra={t('opportunities.stageHint')}>
                <Select options={OPEN_STAGES.map((s) => ({ value: s, label: stageLabel(t, s) }))} />
              </Form.Item>
            </Col>
          )}
          <Col span={24}>
            <Form.Item name="note" label={t('label.note')}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  )
}
