import { DeleteOutlined } from '@ant-design/icons'
import { App, Button, Popconfirm } from 'antd'
import { Link } from 'react-router'
import type { BinKind } from '../../../core/recycle-bin/bin-kinds'
import { useT } from '../../i18n/use-t'
import { useDeleteRecord } from './use-recycle-bin'

type Props = {
  kind: BinKind
  record: { id: string; version: number }
  /** How the record is named in the message: an order's number, a customer's name… */
  name: string
  /** A small icon-only button for table rows. */
  compact?: boolean
  onDeleted?: () => void
}

/** Moves a record to the recycle bin after a confirmation, with the version on screen (If-Match). */
export function DeleteRecordButton({ kind, record, name, compact = false, onDeleted }: Props) {
  const { t } = useT()
  const { message } = App.useApp()
  const remove = useDeleteRecord()
  return (
    <Popconfirm
      title={t('recycleBin.deleteConfirmTitle', { kind: t(`bin.kind.${kind}`) })}
      description={t('recycleBin.deleteConfirmText')}
      okText={t('common.delete')}
      okButtonProps={{ danger: true, loading: remove.isPending }}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        remove
          .mutateAsync({ kind, id: record.id, version: record.version })
          .then(() => {
            void message.success(
              <span>
                {t('recycleBin.movedThere', { name })} <Link to="/recycle-bin">{t('recycleBin.title')}</Link>
              </span>,
            )
            onDeleted?.()
          })
          .catch((error: Error) => void message.error(error.message))
      }
    >
      <Button
        danger
        size={compact ? 'small' : 'middle'}
        type={compact ? 'text' : 'default'}
        icon={<DeleteOutlined />}
        aria-label={t('common.delete')}
        data-testid={`delete-${kind}-${record.id}`}
      >
        {compact ? null : t('common.delete')}
      </Button>
    </Popconfirm>
  )
}
