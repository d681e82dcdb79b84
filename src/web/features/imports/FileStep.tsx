import { DeleteOutlined, FileExcelOutlined, FileTextOutlined, InboxOutlined } from '@ant-design/icons'
import { App, Button, Card, Flex, Typography, Upload } from 'antd'
import { useT } from '../../i18n/use-t'
import { ColumnMapping } from './ColumnMapping'
import { columnsOf } from './columns-of'
import { formatSize } from './format-size'
import type { ImportKind } from './import-kinds'
import { readHeaderRow } from './read-header-row'

/** The largest body the server takes (imports.routes.ts). */
const MAX_BYTES = 100 * 1024 * 1024

/** `headers`: the CSV header row read in the browser; null for a workbook or a Big5/GB18030 file. */
export type ChosenFile = { name: string; size: number; bytes: ArrayBuffer; headers: string[] | null }

type Props = {
  kind: ImportKind
  file: ChosenFile | null
  onFile: (file: ChosenFile | null) => void
  mapping: Record<string, string>
  onMapping: (mapping: Record<string, string>) => void
}

const isXlsx = (name: string) => /\.xlsx$/i.test(name)

/**
 * Step 1: the file, and — for a UTF-8 CSV, whose header the browser can read — a preview of which
 * of its columns each field comes from. A workbook's columns are read by the dry run.
 */
export function FileStep({ kind, file, onFile, mapping, onMapping }: Props) {
  const { t } = useT()
  const { message } = App.useApp()
  const choose = async (picked: File) => {
    if (!/\.(csv|xlsx)$/i.test(picked.name)) return void message.error(t('imports.notSheet'))
    if (picked.size > MAX_BYTES) return void message.error(t('imports.tooLarge'))
    const bytes = await picked.arrayBuffer()
    const headers = isXlsx(picked.name) ? null : readHeaderRow(bytes)
    onFile({ name: picked.name, size: picked.size, bytes, headers })
  }
  if (!file)
    return (
      <Upload.Dragger
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={false}
        showUploadList={false}
        // Nothing is uploaded here: the file is read in the browser and sent at the dry run.
        beforeUpload={(picked) => {
          void choose(picked)
          return Upload.LIST_IGNORE
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('imports.dropTitle')}</p>
        <p className="ant-upload-hint">{t('imports.dropHint')}</p>
      </Upload.Dragger>
    )
  const Icon = isXlsx(file.name) ? FileExcelOutlined : FileTextOutlined
  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Flex align="center" gap={12}>
          <Icon style={{ fontSize: 24, color: isXlsx(file.name) ? '#15803d' : '#1d4ed8' }} />
          <Flex vertical style={{ flex: 1, minWidth: 0 }}>
            <Typography.Text strong ellipsis data-testid="import-file-name">
              {file.name}
            </Typography.Text>
            <Typography.Text type="secondary">{formatSize(file.size)}</Typography.Text>
          </Flex>
          <Button icon={<DeleteOutlined />} onClick={() => onFile(null)}>
            {t('imports.replaceFile')}
          </Button>
        </Flex>
      </Card>
      <Card size="small" title={t('imports.mappingTitle')}>
        {file.headers ? (
          <ColumnMapping
            kind={kind}
            header={file.headers}
            columns={columnsOf(kind, file.headers, mapping)}
            mapping={mapping}
            onChange={onMapping}
          />
        ) : (
          <Typography.Text type="secondary">{t('imports.mappingAtDryRun')}</Typography.Text>
        )}
      </Card>
    </Flex>
  )
}
