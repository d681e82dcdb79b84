import { ArrowLeftOutlined } from '@ant-design/icons'
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Row,
  Select,
  TimePicker,
  Typography,
} from 'antd'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router'
import { OBJECTIVE_KINDS } from '../../../core/visits/visit-status'
import { useT } from '../../i18n/use-t'
import { FullPageSpin } from '../../lib/FullPageSpin'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { queryKeys } from '../../lib/query-keys'
import { useServerError } from '../../lib/use-server-error'
import { fetchCustomer } from '../customers/customer-requests'
import { CustomerSelect } from '../ledger/CustomerSelect'
import { CarriedCard } from './CarriedCard'
import { FormListEditor } from './FormListEditor'
import { InputCellsRow } from './InputCellsRow'
import { fromVisit, toPlanBody, type PlanFormValues } from './visit-form-values'
import { visitKeys } from './visit-keys'
import { planVisit, updateVisit } from './visit-requests'
import { useCarried, useVisit } from './use-visits'
import { companyToday } from '../../lib/company-today'

const FIELDS = [
  'customerId',
  'repId',
  'date',
  'startTime',
  'endTime',
  'place',
  'contactIds',
  'whyThisTime',
  'objectives',
  'objections',
  'materials',
  'fabItems',
]

/** Plans a new visit (/visits/new?customer=…) or changes a plan (/visits/:id/edit). */
export function VisitPlanPage() {
  const { id } = useParams()
  const visit = useVisit(id ?? '')
  if (!id) return <PlanForm />
  if (visit.isPending) return <FullPageSpin />
  if (visit.isError) return <QueryErrorResult error={visit.error} onRetry={() => void visit.refetch()} />
  return <PlanForm editing={{ id, version: visit.data.version, values: fromVisit(visit.data) }} />
}

function PlanForm({ editing }: { editing?: { id: string; version: number; values: PlanFormValues } }) {
  const { t } = useT()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [params] = useSearchParams()
  const [form] = Form.useForm<PlanFormValues>()
  const customerId =
    Form.useWatch('customerId', form) ?? editing?.values.customerId ?? params.get('customer') ?? undefined
  const customer = useQuery({
    queryKey: queryKeys.customer(customerId ?? ''),
    queryFn: () => fetchCustomer(customerId ?? ''),
    enabled: Boolean(customerId),
  })
  const carried = useCarried(customerId)
  const serverError = useServerError(form, ([first]) => FIELDS.includes(String(first)))
  const save = useMutation({
    mutationFn: (values: PlanFormValues) => {
      const body = toPlanBody(values)
      if (!editing) return planVisit(body)
      return updateVisit(editing.id, editing.version, {
        date: body.date,
        startTime: body.startTime,
        endTime: body.endTime,
        place: body.place,
        contactIds: body.contactIds,
        whyThisTime: body.whyThisTime,
        objectives: body.objectives,
        objections: body.objections,
        materials: body.materials,
        fabItems: body.fabItems,
      })
    },
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: visitKeys.all })
      void message.success(t('visits.saved', { customer: saved.customerName }))
      void navigate(`/visits/${saved.id}`)
    },
    onError: serverError.report,
  })
  const required = { required: true, message: t('form.required') }
  const requiredText = { ...required, whitespace: true }
  const tomorrow = companyToday().add(1, 'day')
  return (
    <>
      <Link
        to={editing ? `/visits/${editing.id}` : '/visits'}
        style={{ display: 'inline-block', marginBottom: 8 }}
      >
        <ArrowLeftOutlined /> {t('visits.back')}
      </Link>
      <PageHeader
        title={editing ? t('visits.editPlan') : t('visits.plan')}
        subtitle={t('visits.planSubtitle')}
      />
      <ServerErrorAlert problem={serverError.problem} />
      <Form<PlanFormValues>
        form={form}
        layout="vertical"
        data-testid="visit-plan-form"
        style={{ marginTop: 12 }}
        initialValues={
          editing?.values ?? {
            customerId: params.get('customer') ?? undefined,
            date: tomorrow,
            startTime: tomorrow.hour(10).minute(0),
            endTime: tomorrow.hour(11).minute(0),
            objectives: [{ kind: 'relationship', text: '' }],
            fabItems: [],
            objections: [],
            materials: [],
          }
        }
        onFinish={(values) => {
          serverError.clear()
          save.mutate(values)
        }}
      >
        <Row gutter={16}>
          <Col xs={24} lg={16}>
            <Flex vertical gap={16}>
              <Card title={t('visits.sectionWhen')}>
                {editing ? (
                  <Form.Item label={t('label.customerId')}>
                    <Typography.Text strong>{customer.data?.name}</Typography.Text>
                  </Form.Item>
                ) : (
                  <Form.Item name="customerId" label={t('label.customerId')} rules={[required]}>
                    <CustomerSelect allowClear={false} />
                  </Form.Item>
                )}
                <Row gutter={12}>
                  <Col xs={24} sm={10}>
                    <Form.Item name="date" label={t('label.date')} rules={[required]}>
                      <DatePicker format="YYYY-MM-DD" allowClear={false} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={7}>
                    <Form.Item name="startTime" label={t('label.startTime')} rules={[required]}>
                      <TimePicker
                        format="HH:mm"
                        minuteStep={5}
                        needConfirm={false}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={12} sm={7}>
                    <Form.Item name="endTime" label={t('label.endTime')} rules={[required]}>
                      <TimePicker
                        format="HH:mm"
                        minuteStep={5}
                        needConfirm={false}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item name="place" label={t('label.place')}>
                  <Input maxLength={300} />
                </Form.Item>
                <Form.Item name="contactIds" label={t('label.contactIds')}>
                  <Select
                    mode="multiple"
                    placeholder={t('visits.pickContacts')}
                    options={(customer.data?.contacts ?? []).map((c) => ({
                      value: c.id,
                      label: c.title ? `${c.name}（${c.title}）` : c.name,
                    }))}
                  />
                </Form.Item>
                <Form.Item name="whyThisTime" label={t('label.whyThisTime')}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
                </Form.Item>
              </Card>
              <Card title={t('label.objectives')}>
                <FormListEditor
                  name="objectives"
                  addLabel={t('visits.addObjective')}
                  newItem={{ kind: 'product', text: '' }}
                  keepOne
                >
                  {(field, index, deleteButton) => (
                    <Flex gap={8} align="flex-start" wrap={false}>
                      <Form.Item
                        name={[field.name, 'kind']}
                        rules={[required]}
                        style={{ width: 130, flex: 'none' }}
                      >
                        <Select
                          aria-label={t('visits.objectiveKind')}
                          options={OBJECTIVE_KINDS.map((k) => ({
                            value: k,
                            label: t(`objectiveKind.${k}`),
                          }))}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[field.name, 'text']}
                        rules={[requiredText]}
                        style={{ flex: 1, minWidth: 0 }}
                      >
                        <Input
                          maxLength={500}
                          placeholder={t('visits.objectivePlaceholder')}
                          aria-label={`${t('label.objectives')} ${index + 1}`}
                        />
                      </Form.Item>
                      {deleteButton}
                    </Flex>
                  )}
                </FormListEditor>
              </Card>
              <Card
                title={t('visits.fabTitle')}
                extra={<Typography.Text type="secondary">{t('visits.fabHint')}</Typography.Text>}
              >
                <FormListEditor name="fabItems" addLabel={t('visits.addFab')} newItem={{}}>
                  {(field, _, deleteButton) => (
                    <InputCellsRow
                      field={field}
                      deleteButton={deleteButton}
                      cells={[
                        { name: 'feature', sm: 7, maxLength: 500, label: t('label.feature') },
                        { name: 'advantage', sm: 7, maxLength: 500, label: t('label.advantage') },
                        {
                          name: 'benefit',
                          xs: 20,
                          sm: 8,
                          maxLength: 500,
                          label: t('label.benefit'),
                          placeholder: t('visits.benefitPlaceholder'),
                        },
                      ]}
                    />
                  )}
                </FormListEditor>
              </Card>
              <Card title={t('label.objections')}>
                <FormListEditor name="objections" addLabel={t('visits.addObjection')} newItem={{}}>
                  {(field, _, deleteButton) => (
                    <InputCellsRow
                      field={field}
                      deleteButton={deleteButton}
                      cells={[
                        {
                          name: 'objection',
                          sm: 10,
                          maxLength: 500,
                          label: t('label.objection'),
                          rules: [requiredText],
                        },
                        {
                          name: 'response',
                          xs: 20,
                          sm: 12,
                          maxLength: 1000,
                          label: t('label.response'),
                          rules: [requiredText],
                        },
                      ]}
                    />
                  )}
                </FormListEditor>
              </Card>
              <Card title={t('label.materials')}>
                <FormListEditor name="materials" addLabel={t('visits.addMaterial')} newItem={{ text: '' }}>
                  {(field, _, deleteButton) => (
                    <Flex gap={8}>
                      <Form.Item name={[field.name, 'text']} style={{ flex: 1 }}>
                        <Input maxLength={300} aria-label={t('label.materials')} />
                      </Form.Item>
                      {deleteButton}
                    </Flex>
                  )}
                </FormListEditor>
              </Card>
            </Flex>
          </Col>
          <Col xs={24} lg={8}>
            <Flex vertical gap={16} style={{ marginTop: 0 }}>
              {customerId ? (
                <CarriedCard actions={carried.data?.actions ?? []} issues={carried.data?.issues ?? []} />
              ) : null}
              <Button type="primary" htmlType="submit" size="large" block loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Flex>
          </Col>
        </Row>
      </Form>
    </>
  )
}
