import { Flex, Progress, Typography } from 'antd'
import { useT } from '../../i18n/use-t'

type Props = { progress: number | null }

/** Bytes going up, then — once all are sent — an active bar while the server reads the file. */
export function UploadProgress({ progress }: Props) {
  const { t } = useT()
  const uploading = progress !== null && progress < 1
  const percent = uploading ? Math.round(progress * 100) : 100
  return (
    <Flex vertical gap={4} style={{ maxWidth: 480, margin: '24px auto' }} data-testid="import-progress">
      <Typography.Text type="secondary">
        {uploading ? t('imports.uploading', { percent }) : t('imports.checking')}
      </Typography.Text>
      <Progress percent={percent} status="active" showInfo={uploading} />
    </Flex>
  )
}
