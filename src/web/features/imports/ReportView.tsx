import { Alert, Flex, Typography } from 'antd'
import { useT } from '../../i18n/use-t'
import { ImportErrorsTable } from './ImportErrorsTable'
import type { ImportReport } from './import-requests'
import { ImportSummary } from './ImportSummary'

type Props = { report: ImportReport }

const ENCODING_NAMES: Record<string, string> = { 'utf-8': 'UTF-8', big5: 'Big5', gb18030: 'GB18030' }

/** A dry run's report: its counts, whether the file is clean, and the rows with errors. */
export function ReportView({ report }: Props) {
  const { t } = useT()
  const clean = report.badRows === 0 && report.errors.length === 0
  return (
    <Flex vertical gap={16}>
      <Alert
        type={clean ? 'success' : 'warning'}
        showIcon
        title={clean ? t('imports.dryRunClean') : t('imports.dryRunErrors', { count: report.badRows })}
        description={t('imports.dryRunNothingWritten')}
      />
      <ImportSummary report={report} done={false} />
      <Typography.Text type="secondary">
        {report.encoding === 'xlsx'
          ? t('imports.readAsXlsx')
          : t('imports.encoding', { encoding: ENCODING_NAMES[report.encoding] ?? report.encoding })}
      </Typography.Text>
      {clean ? null : (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('imports.errorsTitle')}
          </Typography.Title>
          <ImportErrorsTable kind={report.kind} errors={report.errors} omitted={report.errorsOmitted} />
        </>
      )}
    </Flex>
  )
}
