import { DeleteOutlined, FileTextOutlined, InboxOutlined } from '@ant-design/icons'
import { App, Button, Card, Flex, Typography, Upload } from 'antd'
import { useT } from '../../i18n/use-t'
import { ColumnMapping } from './ColumnMapping'
import { formatSize } from './format-size'
import { readHeaderRow } from './read-header-row'

/** The largest body the server takes (imports.routes.ts). */
const MAX_BYTES = 100 * 1024 * 1024

export type ChosenFile = { name: string; size: number; bytes: ArrayBuffer; headers: string[] | null }

type Props = {
  file: ChosenFile | null
  onFile: (file: ChosenFile | null) => void
  mapping: Record<string, string>
  onMapping: (mapping: Record<string, string>) => void
}

/** Step 1: the file, read in the browser, and which of its columns each field comes from. */
export function FileStep({ file, onFile, mapping, onMapping }: Props) {
  const { t } = useT()
  const { message } = App.useApp()
  const choose = async (picked: File) => {
    if (!/\.csv$/i.test(picked.name)) return void message.error(t('imports.notCsv'))
    if (picked.size > MAX_BYTES) return void message.error(t('imports.tooLarge'))
    const bytes = await picked.arrayBuffer()
    onFile({ name: picked.name, size: picked.size, bytes, headers: readHeaderRow(bytes) })
  }
  if (!file)
    return (
      <Upload.Dragger
        accept=".csv,text/csv"
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
  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Flex align="center" gap={12}>
          <FileTextOutlined style={{ fontSize: 24, color: '#1d4ed8' }} />
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
          <ColumnMapping headers={file.headers} mapping={mapping} onChange={onMapping} />
        ) : (
          <Typography.Text type="secondary">{t('imports.mappingUnreadable')}</Typography.Text>
        )}
      </Card>
    </Flex>
  )
}
