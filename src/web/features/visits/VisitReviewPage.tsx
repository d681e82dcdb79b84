import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { App, Button, Card, Checkbox, Flex, Form, Input, Radio, Tag, Typography } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useNavigate, useParams } from 'react-router'
import { OBJECTIVE_RESULTS, type ObjectiveResult } from '../../../core/visits/visit-status'
import type { Visit } from '../../../contracts/visits'
import { useT } from '../../i18n/use-t'
import { FullPageSpin } from '../../lib/FullPageSpin'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { followUpKeys } from '../follow-ups/follow-up-keys'
import { PhoneShell } from './PhoneShell'
import { visitKeys } from './visit-keys'
import { reviewVisit } from './visit-requests'
import { useVisit } from './use-visits'

type Values = {
  objectives: { id: string; result?: ObjectiveResult; reason?: string }[]
  customerView?: string
  toImprove?: string
  actions?: { text?: string; dueOn?: string }[]
  issues?: string[]
  doneActions?: string[]
  resolveIssues?: string[]
  nextDate?: string
}

const FIELDS = ['objectives', 'customerView', 'toImprove', 'actions', 'issues', 'nextDate']
const TOUCH = { height: 48, fontSize: 16 }

/** The review (訪後分析), made for a phone: results, the customer's side, improvement actions. */
export function VisitReviewPage() {
  const { id = '' } = useParams()
  const visit = useVisit(id)
  if (visit.isPending) return <FullPageSpin />
  if (visit.isError) return <QueryErrorResult error={visit.error} onRetry={() => void visit.refetch()} />
  return <ReviewForm visit={visit.data} />
}

function ReviewForm({ visit }: { visit: Visit }) {
  const { t } = useT()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const results = Form.useWatch('objectives', form)
  const serverError = useServerError(form, ([first]) => FIELDS.includes(String(first)))
  const save = useMutation({
    mutationFn: (values: Values) =>
      reviewVisit(visit.id, visit.version, {
        objectives: values.objectives.map((o) => ({
          id: o.id,
          result: o.result ?? null,
          reason: o.reason ?? null,
        })),
        customerView: values.customerView ?? null,
        toImprove: values.toImprove ?? null,
        actions: (values.actions ?? []).map((a) => ({ text: a.text ?? '', dueOn: a.dueOn ?? '' })),
        issues: (values.issues ?? []).filter((i) => i && i.trim() !== ''),
        doneActions: values.doneActions ?? [],
        resolveIssues: (values.resolveIssues ?? []).map((issueId) => ({ id: issueId })),
        nextDate: values.nextDate || null,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: visitKeys.all })
      // The review logged a follow-up: the agenda, the list and the customer's timeline move.
      void queryClient.invalidateQueries({ queryKey: followUpKeys.all })
      void queryClient.invalidateQueries({ queryKey: followUpKeys.timelines })
      void message.success(t('visits.reviewed'))
      void navigate(`/visits/${visit.id}`)
    },
    onError: serverError.report,
  })
  const required = { required: true, message: t('form.required') }
  const openActions = visit.carriedActions.filter((a) => !a.doneOn)
  const openIssues = visit.carriedIssues.filter((i) => !i.resolvedOn)
  return (
    <PhoneShell
      back={{ to: `/visits/${visit.id}`, label: t('visits.backToVisit') }}
      title={t('visits.reviewTitle', { customer: visit.customerName })}
      subtitle={`${visit.startsOn} ${visit.startTime}–${visit.endTime}`}
    >
      <ServerErrorAlert problem={serverError.problem} />
      <Form<Values>
        form={form}
        layout="vertical"
        size="large"
        data-testid="review-form"
        initialValues={{ objectives: visit.objectives.map((o) => ({ id: o.id })), actions: [], issues: [] }}
        onFinish={(values) => {
          serverError.clear()
          save.mutate(values)
        }}
      >
        <Form.List name="objectives">
          {(fields) => (
            <Flex vertical gap={12} style={{ marginBottom: 16 }}>
              {fields.map((field, index) => {
                const objective = visit.objectives[index]
                const result = results?.[index]?.result
                return (
                  <Card key={field.key} size="small" data-testid={`objective-${index}`}>
                    <Typography.Paragraph style={{ fontSize: 16, marginBottom: 8 }}>
                      <Tag>{objective ? t(`objectiveKind.${objective.kind}`) : ''}</Tag>
                      {objective?.text}
                    </Typography.Paragraph>
                    <Form.Item name={[field.name, 'id']} hidden>
                      <Input />
                    </Form.Item>
                    <Form.Item name={[field.name, 'result']} rules={[required]} style={{ marginBottom: 8 }}>
                      <Radio.Group buttonStyle="solid" style={{ display: 'flex', width: '100%' }}>
                        {OBJECTIVE_RESULTS.map((r) => (
                          <Radio.Button
                            key={r}
                            value={r}
                            style={{
                              ...TOUCH,
                              flex: 1,
                              textAlign: 'center',
                              lineHeight: '46px',
                              paddingInline: 2,
                              whiteSpace: 'nowrap',
                              fontSize: 15,
                            }}
                          >
                            {t(`objectiveResult.${r}`)}
                          </Radio.Button>
                        ))}
                      </Radio.Group>
                    </Form.Item>
                    {result && result !== 'yes' ? (
                      <Form.Item
                        name={[field.name, 'reason']}
                        label={t('label.reason')}
                        rules={[{ ...required, whitespace: true }]}
                        style={{ marginBottom: 0 }}
                      >
                        <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
                      </Form.Item>
                    ) : null}
                  </Card>
                )
              })}
            </Flex>
          )}
        </Form.List>
        <Form.Item name="customerView" label={t('label.customerView')}>
          <Input.TextArea
            autoSize={{ minRows: 2 }}
            maxLength={4000}
            placeholder={t('visits.customerViewHint')}
          />
        </Form.Item>
        <Form.Item name="toImprove" label={t('label.toImprove')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={4000} />
        </Form.Item>
        <Typography.Title level={5}>{t('label.actions')}</Typography.Title>
        <Form.List name="actions">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8} style={{ marginBottom: 16 }}>
              {fields.map((field) => (
                <Card key={field.key} size="small">
                  <Form.Item name={[field.name, 'text']} rules={[{ ...required, whitespace: true }]}>
                    <Input
                      maxLength={500}
                      placeholder={t('visits.actionPlaceholder')}
                      aria-label={t('label.actions')}
                    />
                  </Form.Item>
                  <Flex gap={8} align="flex-start">
                    <Form.Item
                      name={[field.name, 'dueOn']}
                      label={t('label.dueOn')}
                      // A rule that always passes: changing the date re-validates, clearing the server's message.
                      rules={[{ validator: async () => undefined }]}
                      style={{ flex: 1, marginBottom: 0 }}
                    >
                      <Input type="date" aria-label={t('label.dueOn')} />
                    </Form.Item>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('common.delete')}
                      onClick={() => remove(field.name)}
                      style={{ marginTop: 38, width: 48 }}
                    />
                  </Flex>
                </Card>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ text: '' })} block style={TOUCH}>
                {t('visits.addAction')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Typography.Title level={5}>{t('visits.newIssues')}</Typography.Title>
        <Form.List name="issues">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8} style={{ marginBottom: 16 }}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8}>
                  <Form.Item name={[field.name]} style={{ flex: 1, marginBottom: 0 }}>
                    <Input maxLength={500} aria-label={t('label.issues')} />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                    onClick={() => remove(field.name)}
                    style={{ width: 48 }}
                  />
                </Flex>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add('')} block style={TOUCH}>
                {t('visits.addIssue')}
              </Button>
            </Flex>
          )}
        </Form.List>
        {openActions.length ? (
          <Form.Item name="doneActions" label={t('visits.carriedActionsDone')}>
            <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
              {openActions.map((a) => (
                <Checkbox key={a.id} value={a.id} style={{ fontSize: 16 }}>
                  {a.text}{' '}
                  <Typography.Text type="secondary">{t('visits.dueOn', { date: a.dueOn })}</Typography.Text>
                </Checkbox>
              ))}
            </Checkbox.Group>
          </Form.Item>
        ) : null}
        {openIssues.length ? (
          <Form.Item name="resolveIssues" label={t('visits.carriedIssuesResolved')}>
            <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
              {openIssues.map((i) => (
                <Checkbox key={i.id} value={i.id} style={{ fontSize: 16 }}>
                  {i.text}
                </Checkbox>
              ))}
            </Checkbox.Group>
          </Form.Item>
        ) : null}
        <Form.Item name="nextDate" label={t('visits.nextFollowUp')}>
          <Input type="date" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={save.isPending}
          style={{ height: 56, fontSize: 18 }}
        >
          {t('visits.saveReview')}
        </Button>
      </Form>
    </PhoneShell>
  )
}
