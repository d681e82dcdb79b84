import { Alert, Flex, Typography } from 'antd'
import { useT } from '../../i18n/use-t'
import { ImportErrorsTable } from './ImportErrorsTable'
import type { ImportReport } from './import-requests'
import { ImportSummary } from './ImportSummary'

type Props = { report: ImportReport }

/** A dry run's report: its counts, whether the file is clean, and the rows with errors. */
export function ReportView({ report }: Props) {
  const { t } = useT()
  const clean = report.errors.length === 0
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
        {t('imports.encoding', { encoding: report.encoding })}
      </Typography.Text>
      {clean ? null : (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t('imports.errorsTitle')}
          </Typography.Title>
          <ImportErrorsTable errors={report.errors} />
        </>
      )}
    </Flex>
  )
}
