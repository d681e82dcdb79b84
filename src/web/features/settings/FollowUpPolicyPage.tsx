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
  /**
   * A number of the rules within the contract's bounds: whole unless `decimals` says otherwise,
   * required unless `emptyMeans` says what leaving it empty means.
   */
  const numberField = (
    name: (string | number)[],
    label: TKey,
    bounds: { min: number; max: number; unit?: string; decimals?: number; emptyMeans?: TKey },
  ) => (
    <Form.Item
      name={name}
      label={t(label)}
      rules={bounds.emptyMeans ? [] : [required]}
      extra={bounds.emptyMeans ? t(bounds.emptyMeans) : undefined}
    >
      <InputNumber
        min={bounds.min}
        max={bounds.max}
        precision={bounds.decimals ?? 0}
        style={{ width: '100%' }}
        addonAfter={bounds.unit}
      />
    </Form.Item>
  )
  const days = { min: 1, max: 366, unit: t('settings.days') }
  const minutes = { min: 5, max: 480, unit: t('settings.minutes') }
  const share = { min: 0.1, max: 99.9, unit: '%', decimals: 1 }
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
                  {numberField(['abc', 'windowMonths'], 'settings.windowMonths', { min: 1, max: 60 })}
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
                  {numberField(['abc', 'shareA'], 'settings.shareA', share)}
                </Col>
                <Col xs={24} md={6}>
                  {numberField(['abc', 'shareB'], 'settings.shareB', share)}
                </Col>
              </Row>
            </Card>
            <Card size="small" title={t('settings.intervals')}>
              <Row gutter={16}>
                {TIERS.map((tier) => (
                  <Col xs={24} md={8} key={tier}>
                    {numberField(['intervals', tier], `settings.tier${tier}`, days)}
                  </Col>
                ))}
              </Row>
            </Card>
            <Card size="small" title={t('settings.pool')}>
              <Row gutter={16}>
                {TIERS.map((tier) => (
                  <Col xs={24} md={8} key={tier}>
                    {numberField(['pool', 'returnDays', tier], `settings.return${tier}`, days)}
                  </Col>
                ))}
                <Col xs={24} md={8}>
                  {numberField(['pool', 'warnDays'], 'settings.warnDays', { ...days, min: 0, max: 60 })}
                </Col>
                <Col xs={24} md={8}>
                  {numberField(['pool', 'ownedLimit'], 'settings.ownedLimit', {
                    min: 1,
                    max: 100_000,
                    emptyMeans: 'settings.ownedLimitHint',
                  })}
                </Col>
              </Row>
            </Card>
            <Card size="small" title={t('settings.schedule')}>
              <Row gutter={16}>
                <Col xs={24} md={8}>
                  {numberField(['schedule', 'dailyCapacity'], 'settings.dailyCapacity', { min: 1, max: 40 })}
                </Col>
                <Col xs={24} md={8}>
                  {numberField(['schedule', 'briefMinutes'], 'settings.briefMinutes', minutes)}
                </Col>
                <Col xs={24} md={8}>
                  {numberField(['schedule', 'formalMinutes'], 'settings.formalMinutes', minutes)}
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
