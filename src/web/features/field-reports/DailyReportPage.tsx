import { useState } from 'react'
import { Alert, App, Button, Card, Flex, Form, Grid, Input, Tag, Typography } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Navigate, useSearchParams } from 'react-router'
import type { DailyReportForm } from '../../../contracts/daily-reports'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { ServerErrorAlert } from '../../lib/ServerErrorAlert'
import { useServerError } from '../../lib/use-server-error'
import { useCurrentUser } from '../auth/current-user'
import { DayNav } from '../follow-ups/DayNav'
import { DailyHistory } from './DailyHistory'
import { DoneGroupsList } from './DoneGroupsList'
import { fieldReportKeys } from './field-report-keys'
import { submitDailyReport } from './field-report-requests'
import { writesReports } from './field-report-roles'
import { useDailyForm } from './use-field-reports'
import { companyToday } from '../../lib/company-today'

const DATE = /^\d{4}-\d{2}-\d{2}$/
type Values = { done: string; plan?: string }

/**
 * The rep's daily check-in (日報, DOMAIN.md "Reports from the field"; seed ⑤): what was done,
 * prefilled from the day's follow-ups and visits, and tomorrow's plan, prefilled from the planned
 * visits, the schedule and the customers due — edited in a few taps on a phone, submitted once a
 * day (again to correct it). The day lives in the URL; without one it is today.
 */
export function DailyReportPage() {
  const { t } = useT()
  const user = useCurrentUser()
  const [params, setParams] = useSearchParams()
  const narrow = Grid.useBreakpoint().md === false
  const date = params.get('date') ?? undefined
  const query = { date: date && DATE.test(date) ? date : undefined }
  const form = useDailyForm(query, writesReports(user))
  if (!writesReports(user)) return <Navigate to="/check-ins" replace />
  const data = form.data
  const isToday = !query.date || query.date === companyToday().format('YYYY-MM-DD')
  const setDate = (day: string | undefined) =>
    setParams((current) => {
      const next = new URLSearchParams(current)
      if (day) next.set('date', day)
      else next.delete('date')
      return next
    })
  return (
    <>
      <PageHeader
        title={t('dailyReport.title')}
        subtitle={data ? `${data.date} · ${data.repName}` : undefined}
        tags={
          data?.report ? (
            <Tag color="green">
              {t('dailyReport.checkedInAt', { time: formatInstant(data.report.submittedAt) })}
            </Tag>
          ) : data ? (
            <Tag color="orange">{t('dailyReport.notCheckedIn')}</Tag>
          ) : null
        }
      />
      <Flex vertical gap={16}>
        <DayNav
          date={data?.date ?? query.date ?? companyToday().format('YYYY-MM-DD')}
          isToday={isToday}
          compact={narrow}
          onChange={setDate}
        />
        {form.isError ? (
          <QueryErrorResult error={form.error} onRetry={() => void form.refetch()} />
        ) : data ? (
          <DailyForm key={`${data.date}:${data.report?.version ?? 0}`} data={data} />
        ) : (
          <Card loading />
        )}
        <DailyHistory onOpen={setDate} />
      </Flex>
    </>
  )
}

function DailyForm({ data }: { data: DailyReportForm }) {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const [refilled, setRefilled] = useState(false)
  const serverError = useServerError(form, ([first]) => first === 'done' || first === 'plan')
  const save = useMutation({
    mutationFn: (values: Values) =>
      submitDailyReport({ date: data.date, done: values.done, plan: values.plan ?? null }),
    onSuccess: () => {
      void message.success(t(data.report ? 'dailyReport.updated' : 'dailyReport.submitted'))
      void queryClient.invalidateQueries({ queryKey: fieldReportKeys.daily })
    },
    onError: serverError.report,
  })
  const refill = () => {
    form.setFieldsValue({ done: data.prefill.done, plan: data.prefill.plan })
    setRefilled(true)
  }
  return (
    <>
      <Card size="small" title={t('dailyReport.activity')}>
        {/* Below the title, not beside it: a phone has no room for both on one line. */}
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {t('dailyReport.activityCounts', {
            followUps: data.prefill.followUps,
            visits: data.prefill.visits,
          })}
        </Typography.Paragraph>
        <DoneGroupsList groups={data.prefill.doneGroups} />
      </Card>
      <Card size="small">
        {data.mine ? null : (
          <Alert type="info" showIcon title={t('dailyReport.tooFar')} style={{ marginBottom: 16 }} />
        )}
        <ServerErrorAlert problem={serverError.problem} />
        <Form<Values>
          form={form}
          layout="vertical"
          disabled={!data.mine}
          data-testid="daily-report-form"
          initialValues={{
            done: data.report?.done ?? data.prefill.done,
            plan: data.report ? (data.report.plan ?? '') : data.prefill.plan,
          }}
          onFinish={(values) => {
            serverError.clear()
            save.mutate(values)
          }}
        >
          <Form.Item
            name="done"
            label={t('label.done')}
            extra={data.report && !refilled ? undefined : t('dailyReport.doneHelp')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} maxLength={8000} />
          </Form.Item>
          <Form.Item
            name="plan"
            label={t('dailyReport.planFor', { date: data.tomorrow })}
            extra={data.report && !refilled ? undefined : t('dailyReport.planHelp')}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={8000} />
          </Form.Item>
          <Flex gap={8} wrap justify="space-between">
            <Button onClick={refill}>{t('dailyReport.refill')}</Button>
            <Button
              type="primary"
              htmlType="submit"
              loading={save.isPending}
              style={{ flex: '1 1 180px', maxWidth: 320 }}
            >
              {data.report ? t('dailyReport.update') : t('dailyReport.submit')}
            </Button>
          </Flex>
        </Form>
      </Card>
    </>
  )
}
