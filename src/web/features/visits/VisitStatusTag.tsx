import { Tag } from 'antd'
import type { VisitStatus } from '../../../core/visits/visit-status'
import { useT } from '../../i18n/use-t'

const COLORS: Record<VisitStatus, string> = {
  planned: 'blue',
  checked_in: 'gold',
  reviewed: 'green',
  missed: 'red',
  cancelled: 'default',
}

export function VisitStatusTag({ status }: { status: VisitStatus }) {
  const { t } = useT()
  return (
    <Tag color={COLORS[status]} style={{ marginInlineEnd: 0 }}>
      {t(`visitStatus.${status}`)}
    </Tag>
  )
}
