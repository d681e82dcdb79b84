import { useEffect } from 'react'
import { App, Button, Card, Col, Flex, Form, InputNumber, Row, Select, Skeleton } from 'antd'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { TIERS } from '../../../core/follow-ups/tier'
import { useT, type TKey } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { queryKeys } from '../../lib/query-keys'
import { policyBody, policyFormValues, type PolicyFormValues } from './policy-form-values'
import { fetchPolicy, savePolicy } from './policy-requests'

/** Every input of the form, by its path: server errors elsewhere are listed above it. */
const FIELDS = [
  'abc.windowMonths',
  'abc.metric',
  'abc.shareA',
  'abc.shareB',
  ...TIERS.map((t) => `intervals.${t}`),
  ...TIERS.map((t) => `pool.returnDays.${t}`),
  'pool.warnDays',
  'pool.ownedLimit',
  'schedule.dailyCapacity',
  'schedule.briefMinutes',
  'schedule.formalMinutes',
]

/**
 * The organisation's follow-up rules (DOMAIN.md "ABC classification", "Follow-up cadence",
 * "Customer pool"), for an admin: the ABC window, metric and shares, each tier's interval and
 * return-to-pool days, the pool's warning and claim limit, and the scheduler's day. Saved whole;
 * the server checks every value and names the field it refuses.
 */
export function FollowUpPolicyPage() {
  const { t } = useT()
  const { message } = App.useApp()
  const [form] = Form.useForm<PolicyFormValues>()
  const queryClient = useQueryClient()
  const policy = useQuery({ queryKey: queryKeys.followUpPolicy, queryFn: fetchPolicy })
  const serverError = useServerError(form, (path) => FIELDS.includes(path.join('.')))
  useEffect(() => {
    if (policy.data) form.setFieldsValue(policyFormValues(policy.data))
  }, [policy.data, form])
  const save = useMutation({
    mutationFn: (values: PolicyFormValues) => savePolicy(policyBody(values)),
    onSuccess: (saved) => {
      serverError.clear()
      queryClient.setQueryData(queryKeys.followUpPolicy, saved)
      void message.success(t('settings.saved'))
    },
    onError: serverError.report,
  })
  const required = { required: true, message: t('form.required') }
  const days = (name: (string | number)[], label: TKey, min = 1, max = 366) => (
    <Form.Item name={name} label={t(label)} rules={[required]}>
      <InputNumber
        min={min}
        max={max}
        precision={0}
        style={{ width: '100%' }}
        addonAfter={t('settings.days')}
      />
    </Form.Item>
  )
  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      {policy.isError ? (
        <QueryErrorResult error={policy.error} onRetry={() => void policy.refetch()} />
      ) : !policy.data ? (
        <Skeleton active />
      ) : (
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) => save.mutate(values)}
          data-testid="policy-form"
        >
          <ServerErrorAlert problem={serverError.problem} onClose={serverError.clear} />
          <Flex vertical gap={16}>
            <Card size="small" title={t('settings.abc')}>
              <Row gutter={16}>
                <Col xs={24} md={6}>
                  <Form.Item
                    name={['abc', 'windowMonths']}
                    label={t('settings.windowMonths')}
                    rules={[required]}
                  >
                    <InputNumber min={1} max={60} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item name={['abc', 'metric']} label={t('settings.metric')} rules={[required]}>
                    <Select
                      options={[
                        { value: 'sales', label: t('abc.column.sales') },
                        { value: 'collections', label: t('abc.column.collections') },
                      ]}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item name={['abc', 'shareA']} label={t('settings.shareA')} rules={[required]}>
                    <InputNumber
                      min={0.1}
                      max={99.9}
                      step={1}
                      precision={1}
                      style={{ width: '100%' }}
                      addonAfter="%"
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item name={['abc', 'shareB']} label={t('settings.shareB')} rules={[required]}>
                    <InputNumber
                      min={0.1}
                      max={99.9}
                      step={1}
                      precision={1}
                      style={{ width: '100%' }}
                      addonAfter="%"
                    />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
            <Card size="small" title={t('settings.intervals')}>
              <Row gutter={16}>
                {TIERS.map((tier) => (
                  <Col xs={24} md={8} key={tier}>
                    {days(['intervals', tier], `settings.tier${tier}`)}
                  </Col>
                ))}
              </Row>
            </Card>
            <Card size="small" title={t('settings.pool')}>
              <Row gutter={16}>
                {TIERS.map((tier) => (
                  <Col xs={24} md={8} key={tier}>
                    {days(['pool', 'returnDays', tier], `settings.return${tier}`)}
                  </Col>
                ))}
                <Col xs={24} md={8}>
                  {days(['pool', 'warnDays'], 'settings.warnDays', 0, 60)}
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item
                    name={['pool', 'ownedLimit']}
                    label={t('settings.ownedLimit')}
                    extra={t('settings.ownedLimitHint')}
                  >
                    <InputNumber min={1} max={100_000} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
            <Card size="small" title={t('settings.schedule')}>
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  <Form.Item
                    name={['schedule', 'dailyCapacity']}
                    label={t('settings.dailyCapacity')}
                    rules={[required]}
                  >
                    <InputNumber min={1} max={40} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item
                    name={['schedule', 'briefMinutes']}
                    label={t('meetingStyle.brief')}
                    rules={[required]}
                  >
                    <InputNumber
                      min={5}
                      max={480}
                      precision={0}
                      style={{ width: '100%' }}
                      addonAfter={t('settings.minutes')}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item
                    name={['schedule', 'formalMinutes']}
                    label={t('meetingStyle.formal')}
                    rules={[required]}
                  >
                    <InputNumber
                      min={5}
                      max={480}
                      precision={0}
                      style={{ width: '100%' }}
                      addonAfter={t('settings.minutes')}
                    />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
            <Flex justify="end">
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('settings.save')}
              </Button>
            </Flex>
          </Flex>
        </Form>
      )}
    </>
  )
}
