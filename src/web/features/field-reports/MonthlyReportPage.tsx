import { App, Button, Flex, Form, Tag } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import type { MonthlyReport } from '../../../contracts/monthly-reports'
import { useT } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { useServerError } from '../../lib/use-server-error'
import { CommentsCard } from './CommentsCard'
import { fieldReportKeys } from './field-report-keys'
import { submitMonthlyReport, updateMonthlyReport } from './field-report-requests'
import { FiguresCard } from './FiguresCard'
import { MonthlyReportForm, type MonthlyValues } from './MonthlyReportForm'
import { ReportBody } from './ReportBody'
import { useMonthlyReport } from './use-field-reports'

/** Status tag of a monthly report: a draft or submitted, with when. */
export function MonthlyStatusTag({ status }: { status: MonthlyReport['status'] }) {
  const { t } = useT()
  return <Tag color={status === 'submitted' ? 'green' : 'gold'}>{t(`report.status.${status}`)}</Tag>
}

/**
 * One monthly work report (月度工作匯報): its numbers, what the rep wrote, and the managers'
 * comments. The rep edits and submits their own draft here; their managers comment once submitted.
 */
export function MonthlyReportPage() {
  const { t } = useT()
  const { id = '' } = useParams()
  const report = useMonthlyReport(id)
  const data = report.data
  if (report.isError) return <QueryErrorResult error={report.error} onRetry={() => void report.refetch()} />
  return (
    <>
      <PageHeader
        title={
          data
            ? t('monthlyReport.titleOf', { name: data.repName, month: data.month })
            : t('monthlyReport.title')
        }
        subtitle={
          data?.submittedAt
            ? t('monthlyReport.submittedAt', { time: formatInstant(data.submittedAt) })
            : undefined
        }
        tags={data ? <MonthlyStatusTag status={data.status} /> : null}
        extra={
          <Link to={data ? `/monthly-reports?month=${data.month}` : '/monthly-reports'}>
            <Button>{t('monthlyReport.back')}</Button>
          </Link>
        }
      />
      <Flex vertical gap={16}>
        <FiguresCard
          figures={data?.figures}
          frozenAt={data?.figuresFrozen ? data.submittedAt : null}
          loading={!data}
        />
        {data ? (
          data.mayEdit ? (
            <DraftEditor key={data.version} report={data} />
          ) : (
            <ReportBody report={data} />
          )
        ) : null}
        {data ? <CommentsCard report={data} /> : null}
      </Flex>
    </>
  )
}

function DraftEditor({ report }: { report: MonthlyReport }) {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<MonthlyValues>()
  const serverError = useServerError(form, ([first]) =>
    ['summary', 'problems', 'nextMonthPlan'].includes(String(first)),
  )
  const body = (values: MonthlyValues) => ({
    summary: values.summary ?? null,
    problems: values.problems ?? [],
    nextMonthPlan: values.nextMonthPlan ?? null,
  })
  const done = (key: 'monthlyReport.saved' | 'monthlyReport.submittedMessage') => (saved: MonthlyReport) => {
    queryClient.setQueryData(fieldReportKeys.monthlyReport(saved.id), saved)
    void queryClient.invalidateQueries({ queryKey: fieldReportKeys.monthly })
    void message.success(t(key))
  }
  const save = useMutation({
    mutationFn: (values: MonthlyValues) => updateMonthlyReport(report.id, report.version, body(values)),
    onSuccess: done('monthlyReport.saved'),
    onError: serverError.report,
  })
  const submit = useMutation({
    mutationFn: async (values: MonthlyValues) => {
      const saved = await updateMonthlyReport(report.id, report.version, body(values))
      return submitMonthlyReport(saved.id, saved.version)
    },
    onSuccess: done('monthlyReport.submittedMessage'),
    onError: serverError.report,
  })
  return (
    <MonthlyReportForm
      form={form}
      initialValues={{
        summary: report.summary ?? undefined,
        problems: report.problems,
        nextMonthPlan: report.nextMonthPlan ?? undefined,
      }}
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
  )
}
