import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons'
import { App, Button, Card, Flex, Popconfirm, Select, Table, Typography, type TableColumnsType } from 'antd'
import type { HalfMonthReport } from '../../../contracts/half-month-reports'
import { useT, type TKey } from '../../i18n/use-t'
import { formatInstant } from '../../lib/format'
import { QueryErrorResult } from '../../lib/QueryErrorResult'
import { chartPercent } from '../analyses/chart-texts'
import { Money } from '../ledger/Money'
import { halfMonthLabel } from './half-month-label'
import { workbookHref } from './half-month-requests'
import { useGenerateHalfMonth, useHalfMonthReport } from './use-half-month-reports'

type Row = HalfMonthReport['rows'][number]
type Figures = HalfMonthReport['total']

type Props = {
  period: string
  version: number | undefined
  canGenerate: boolean
  onVersion: (version: number | undefined) => void
}

const tabular = { fontVariantNumeric: 'tabular-nums' as const }

/**
 * One closed half-month's figures (DOMAIN.md "Reports"): per sales rep sales, collections,
 * receivables at its last day, approved expenses, expense ratio and new customers, with the
 * total — the kept report (a version of it) or, until one is kept, the figures as they are now.
 * The workbook downloads the same thing; admin and finance may keep a new version.
 */
export function HalfMonthFiguresCard({ period, version, canGenerate, onVersion }: Props) {
  const { t, lang } = useT()
  const { message } = App.useApp()
  const report = useHalfMonthReport(period, version)
  const generate = useGenerateHalfMonth()
  const percent = chartPercent(lang)
  const r = report.data
  const figures: { key: TKey; width?: number; cell: (f: Figures) => React.ReactNode }[] = [
    { key: 'halfMonth.col.orders', width: 80, cell: (f) => <span style={tabular}>{f.orders}</span> },
    { key: 'halfMonth.col.sales', cell: (f) => <Money minor={f.sales} /> },
    { key: 'halfMonth.col.collections', cell: (f) => <Money minor={f.collections} /> },
    {
      key: 'halfMonth.col.receivable',
      cell: (f) => <Money minor={f.receivable} type={f.receivable < 0 ? 'danger' : undefined} />,
    },
    { key: 'halfMonth.col.expenses', cell: (f) => <Money minor={f.expenses} /> },
    {
      key: 'halfMonth.col.expenseRatio',
      width: 100,
      cell: (f) => <span style={tabular}>{percent(f.expenseRatio)}</span>,
    },
    {
      key: 'halfMonth.col.newCustomers',
      width: 100,
      cell: (f) => <span style={tabular}>{f.newCustomers}</span>,
    },
  ]
  const columns: TableColumnsType<Row> = [
    { key: 'rep', title: t('halfMonth.col.rep'), dataIndex: 'repName', fixed: 'left', width: 140 },
    ...figures.map((c) => ({
      key: c.key,
      title: t(c.key, { to: r?.to ?? '' }),
      align: 'right' as const,
      width: c.width,
      render: (_: unknown, row: Row) => c.cell(row),
    })),
  ]
  const source = r
    ? r.kept
      ? t('halfMonth.kept', {
          version: r.version ?? 1,
          at: formatInstant(r.generatedAt),
          by: r.generatedBy?.name ?? t('halfMonth.byServer'),
        })
      : t('halfMonth.live', { at: formatInstant(r.generatedAt) })
    : ''
  const regenerate = async () => {
    try {
      const made = await generate.mutateAsync(period)
      onVersion(undefined)
      void message.success(t('halfMonthPage.generatedMessage', { version: made.version ?? 1, period }))
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error))
    }
  }
  const versions = r?.versions ?? 0
  return (
    <Card
      size="small"
      data-testid="half-month-figures"
      title={halfMonthLabel(period, t)}
      extra={
        <Flex gap={8} wrap justify="flex-end">
          {versions > 1 ? (
            <Select
              size="small"
              aria-label={t('label.version')}
              style={{ width: 110 }}
              value={version ?? r?.version ?? versions}
              onChange={(v) => onVersion(v === versions ? undefined : v)}
              options={Array.from({ length: versions }, (_, i) => ({
                value: versions - i,
                label: t('halfMonthPage.versionN', { version: versions - i }),
              }))}
            />
          ) : null}
          {canGenerate ? (
            <Popconfirm
              title={t('halfMonthPage.regenerate')}
              description={<div style={{ maxWidth: 280 }}>{t('halfMonthPage.regenerateConfirm')}</div>}
              okText={t('halfMonthPage.generate')}
              onConfirm={regenerate}
            >
              <Button size="small" icon={<ReloadOutlined />} loading={generate.isPending}>
                {t(r?.kept ? 'halfMonthPage.regenerate' : 'halfMonthPage.generate')}
              </Button>
            </Popconfirm>
          ) : null}
          <a href={workbookHref(period, version)} download data-testid="half-month-download">
            <Button size="small" type="primary" icon={<DownloadOutlined />} disabled={!r}>
              {t('halfMonthPage.download')}
            </Button>
          </a>
        </Flex>
      }
    >
      {report.isError ? (
        <QueryErrorResult error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary" data-testid="half-month-source">
            {r ? `${r.from} – ${r.to} · ` : ''}
            {source}
            {r?.restricted ? ` · ${t('halfMonth.restricted')}` : ''}
          </Typography.Text>
          <Table<Row>
            rowKey="repId"
            size="small"
            columns={columns}
            dataSource={r?.rows ?? []}
            loading={report.isPending || report.isPlaceholderData}
            pagination={false}
            scroll={{ x: 860 }}
            locale={{ emptyText: t('halfMonth.empty') }}
            data-testid="half-month-table"
            summary={() =>
              r ? (
                <Table.Summary fixed>
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0}>
                      <Typography.Text strong>{t('halfMonth.total')}</Typography.Text>
                    </Table.Summary.Cell>
                    {figures.map((c, i) => (
                      <Table.Summary.Cell key={c.key} index={i + 1} align="right">
                        <strong>{c.cell(r.total)}</strong>
                      </Table.Summary.Cell>
                    ))}
                  </Table.Summary.Row>
                </Table.Summary>
              ) : null
            }
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('halfMonth.notes')}
          </Typography.Text>
        </Flex>
      )}
    </Card>
  )
}
