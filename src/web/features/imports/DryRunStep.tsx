import { ReloadOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Typography } from 'antd'
import type { UseMutationResult } from '@tanstack/react-query'
import { useT } from '../../i18n/use-t'
import { ColumnMapping } from './ColumnMapping'
import { columnsOf } from './columns-of'
import type { ImportProgress } from './import-progress'
import type { ImportReport, ImportRequest } from './import-requests'
import { ImportProgressBars } from './ImportProgressBars'
import { ReportView } from './ReportView'
import { RunErrorAlert } from './RunErrorAlert'

type Props = {
  run: UseMutationResult<ImportReport, Error, ImportRequest>
  progress: ImportProgress | null
  mapping: Record<string, string>
  onMapping: (mapping: Record<string, string>) => void
  /** The mapping has changed since this report was made: it is the next dry run's to check. */
  stale: boolean
  onRerun: () => void
}

/**
 * Step 2: the dry run's progress, then its report and the columns it read each field from — the
 * server's word on the mapping, and the only preview a workbook gets. Changing a column asks for
 * another dry run before the import.
 */
export function DryRunStep({ run, progress, mapping, onMapping, stale, onRerun }: Props) {
  const { t } = useT()
  if (run.isPending) return <ImportProgressBars progress={progress} />
  if (run.isError) return <RunErrorAlert error={run.error} />
  const report = run.data
  if (!report) return null
  return (
    <Flex vertical gap={16}>
      {stale ? <Alert type="info" showIcon title={t('imports.mappingChanged')} /> : null}
      <ReportView report={report} />
      <Card
        size="small"
        title={t('imports.mappingTitle')}
        extra={
          <Button type={stale ? 'primary' : 'default'} icon={<ReloadOutlined />} onClick={onRerun}>
            {t('imports.rerunDryRun')}
          </Button>
        }
      >
        {report.header.length > 0 ? (
          <ColumnMapping
            kind={report.kind}
            header={report.header}
            columns={stale ? columnsOf(report.kind, report.header, mapping) : report.columns}
            mapping={mapping}
            onChange={onMapping}
          />
        ) : (
          <Typography.Text type="secondary">{t('imports.notFound')}</Typography.Text>
        )}
      </Card>
    </Flex>
  )
}
