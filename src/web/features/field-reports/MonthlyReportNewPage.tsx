import { App, Flex, Form } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Navigate, useNavigate, useSearchParams } from 'react-router'
import type { MonthlyReport } from '../../../contracts/monthly-reports'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { useServerError } from '../../lib/use-server-error'
import { useCurrentUser } from '../auth/current-user'
import { fieldReportKeys } from './field-report-keys'
import { createMonthlyReport, submitMonthlyReport } from './field-report-requests'
import { writesReports } from './field-report-roles'
import { FiguresCard } from './FiguresCard'
import { monthParam } from './month-param'
import { MonthlyReportForm, type MonthlyValues } from './MonthlyReportForm'
import { useMonthFigures } from './use-field-reports'

/** Writing the caller's monthly work report for a month: the live numbers above, the form below. */
export function MonthlyReportNewPage() {
  const { t } = useT()
  const user = useCurrentUser()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const [params] = useSearchParams()
  const month = monthParam(params.get('month'))
  const figures = useMonthFigures({ month }, writesReports(user))
  const [form] = Form.useForm<MonthlyValues>()
  const serverError = useServerError(form, ([first]) =>
    ['summary', 'problems', 'nextMonthPlan'].includes(String(first)),
  )
  const body = (values: MonthlyValues) => ({
    month,
    summary: values.summary ?? null,
    problems: values.problems ?? [],
    nextMonthPlan: values.nextMonthPlan ?? null,
  })
  const opened =
    (key: 'monthlyReport.saved' | 'monthlyReport.submittedMessage') => (report: MonthlyReport) => {
      queryClient.setQueryData(fieldReportKeys.monthlyReport(report.id), report)
      void queryClient.invalidateQueries({ queryKey: fieldReportKeys.monthly })
      void message.success(t(key))
      void navigate(`/monthly-reports/${encodeURIComponent(report.id)}`, { replace: true })
    }
  const save = useMutation({
    mutationFn: (values: MonthlyValues) => createMonthlyReport(body(values)),
    onSuccess: opened('monthlyReport.saved'),
    onError: serverError.report,
  })
  const submit = useMutation({
    mutationFn: async (values: MonthlyValues) => {
      const created = await createMonthlyReport(body(values))
      return submitMonthlyReport(created.id, created.version)
    },
    onSuccess: opened('monthlyReport.submittedMessage'),
    onError: serverError.report,
  })
  if (!writesReports(user)) return <Navigate to="/monthly-reports" replace />
  return (
    <>
      <PageHeader title={t('monthlyReport.newTitle', { month })} />
      <Flex vertical gap={16}>
        {figures.isError ? (
          <QueryErrorResult error={figures.error} />
        ) : (
          <FiguresCard figures={figures.data?.figures} loading={figures.isPending} />
        )}
        <MonthlyReportForm
          form={form}
          initialValues={{ problems: [{ problem: '', solution: '' }] }}
          problem={serverError.problem}
          saving={save.isPending}
          submitting={submit.isPending}
          onSave={(values) => {
            serverError.clear()
            save.mutate(values)
          }}
          onSubmit={(values) => {
            serverError.clear()
            submit.mutate(values)
          }}
        />
      </Flex>
    </>
  )
}
