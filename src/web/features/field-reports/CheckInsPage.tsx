import { useState } from 'react'
import {
  Button,
  Card,
  Drawer,
  Flex,
  Grid,
  Statistic,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd'
import dayjs from 'dayjs'
import { useSearchParams } from 'react-router'
import type { CheckIns } from '../../../contracts/daily-reports'
import { useT } from '../../i18n/use-t'
import { PageHeader } from '../../lib/PageHeader'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { DayNav } from '../follow-ups/DayNav'
import { DailyReportView } from './DailyReportView'
import { useCheckIns, useDailyForm } from './use-field-reports'
import { companyToday } from '../../lib/company-today'

const DATE = /^\d{4}-\d{2}-\d{2}$/
type Row = CheckIns['reps'][number]

/**
 * The manager's "who checked in today" (DOMAIN.md "Reports from the field"; seed ⑤: daily
 * check-ins): every member of their tree — not checked in first — with when they did, what the data
 * shows of their day, and their report a click away. Admins, finance and the auditor see everyone.
 */
export function CheckInsPage() {
  const { t } = useT()
  const [params, setParams] = useSearchParams()
  const narrow = Grid.useBreakpoint().md === false
  const date = params.get('date') ?? undefined
  const query = { date: date && DATE.test(date) ? date : undefined }
  const day = useCheckIns(query)
  const [open, setOpen] = useState<Row | null>(null)
  const data = day.data
  const shownDate = data?.date ?? query.date ?? companyToday().format('YYYY-MM-DD')
  const isToday = !query.date || query.date === companyToday().format('YYYY-MM-DD')
  const setDate = (value: string | undefined) =>
    setParams((current) => {
      const next = new URLSearchParams(current)
      if (value) next.set('date', value)
      else next.delete('date')
      return next
    })
  const status = (r: Row) =>
    r.submittedAt ? (
      <Flex gap={4} wrap>
        <Tag color="green">
          {t('dailyReport.checkedInAt', { time: dayjs(r.submittedAt).format('MM-DD HH:mm') })}
        </Tag>
        {dayjs(r.submittedAt).format('YYYY-MM-DD') > shownDate ? (
          <Tag color="orange">{t('dailyReport.late')}</Tag>
        ) : null}
      </Flex>
    ) : (
      <Tag color="red">{t('checkIns.missing')}</Tag>
    )
  const columns: TableColumnsType<Row> = [
    {
      key: 'name',
      title: t('label.repId'),
      render: (_, r) => (
        <Flex vertical>
          <Typography.Text strong>{r.repName}</Typography.Text>
          {r.managerName ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('label.managerId')}: {r.managerName}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    { key: 'status', title: t('label.status'), render: (_, r) => status(r) },
    ...(narrow
      ? []
      : [
          {
            key: 'followUps',
            title: t('checkIns.followUps'),
            dataIndex: 'followUps',
            align: 'right' as const,
            width: 90,
          },
          {
            key: 'visits',
            title: t('checkIns.visits'),
            dataIndex: 'visits',
            align: 'right' as const,
            width: 90,
          },
        ]),
    {
      key: 'view',
      width: 80,
      render: (_, r) => (
        <Button size="small" onClick={() => setOpen(r)}>
          {t('checkIns.view')}
        </Button>
      ),
    },
  ]
  return (
    <>
      <PageHeader title={t('checkIns.title')} subtitle={t('checkIns.subtitle')} />
      {day.isError ? (
        <QueryErrorResult error={day.error} onRetry={() => void day.refetch()} />
      ) : (
        <Card>
          <Flex justify="space-between" align="center" gap={16} wrap style={{ marginBottom: 16 }}>
            <DayNav date={shownDate} isToday={isToday} compact={narrow} onChange={setDate} />
            <Flex gap={40} data-testid="check-in-counts">
              <Statistic
                title={t('checkIns.checkedIn')}
                value={data?.checkedIn ?? 0}
                loading={day.isPending}
              />
              <Statistic
                title={t('checkIns.missing')}
                value={data?.missing ?? 0}
                loading={day.isPending}
                styles={{ content: { color: (data?.missing ?? 0) > 0 ? '#cf1322' : undefined } }}
              />
            </Flex>
          </Flex>
          <Table<Row>
            rowKey="repId"
            size="middle"
            columns={columns}
            dataSource={data?.reps ?? []}
            loading={day.isPending || day.isPlaceholderData}
            pagination={false}
            data-testid="check-ins"
            locale={{ emptyText: t('checkIns.empty') }}
          />
        </Card>
      )}
      <CheckInDrawer row={open} date={shownDate} onClose={() => setOpen(null)} />
    </>
  )
}

function CheckInDrawer({ row, date, onClose }: { row: Row | null; date: string; onClose: () => void }) {
  const { t } = useT()
  const form = useDailyForm({ date, rep: row?.repId }, row !== null)
  return (
    <Drawer
      open={row !== null}
      onClose={onClose}
      title={row ? t('checkIns.drawerTitle', { name: row.repName, date }) : ''}
      width="min(720px, 100vw)"
      destroyOnHidden
    >
      {form.isError ? (
        <QueryErrorResult error={form.error} />
      ) : form.data && form.data.repId === row?.repId ? (
        <DailyReportView form={form.data} />
      ) : (
        <Card loading variant="borderless" />
      )}
    </Drawer>
  )
}
