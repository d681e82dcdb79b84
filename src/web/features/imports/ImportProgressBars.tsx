import { Flex, Progress, Typography } from 'antd'
import { useT } from '../../i18n/use-t'
import type { ImportProgress } from './import-progress'

type Props = { progress: ImportProgress | null }

/**
 * Two bars: the file going up, then the server reading it (share of the file's bytes, and rows so
 * far). A small file is read before the first progress line: its second bar only says "checking".
 */
export function ImportProgressBars({ progress }: Props) {
  const { t, lang } = useT()
  const uploading = !progress || progress.stage === 'upload'
  const sent = progress?.stage === 'upload' ? Math.round(progress.fraction * 100) : uploading ? 0 : 100
  const read = progress?.stage === 'read' ? progress : null
  const readPercent = read?.totalBytes ? Math.min(100, Math.round((read.bytes / read.totalBytes) * 100)) : 0
  const readLabel = !read?.rows
    ? t('imports.checking')
    : readPercent >= 100
      ? t('imports.finishing')
      : t('imports.reading', { percent: readPercent })
  return (
    <Flex vertical gap={12} style={{ maxWidth: 520, margin: '24px auto' }} data-testid="import-progress">
      <div>
        <Typography.Text type="secondary">
          {uploading ? t('imports.uploading', { percent: sent }) : t('imports.uploaded')}
        </Typography.Text>
        <Progress percent={sent} status={uploading ? 'active' : 'success'} />
      </div>
      {uploading ? null : (
        <div>
          <Flex justify="space-between" gap={16}>
            <Typography.Text type="secondary">{readLabel}</Typography.Text>
            {read?.rows ? (
              <Typography.Text type="secondary" data-testid="import-rows-read">
                {t('imports.rowsRead', { rows: read.rows.toLocaleString(lang) })}
              </Typography.Text>
            ) : null}
          </Flex>
          <Progress percent={readPercent} status="active" showInfo={Boolean(read?.rows)} />
        </div>
      )}
    </Flex>
  )
}
