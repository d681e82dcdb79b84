import { Tag } from 'antd'
import type { AuditResult } from '../../../core/callback-audits/audit-results'
import { useT } from '../../i18n/use-t'

const COLORS: Record<AuditResult, string> = { confirmed: 'green', discrepancy: 'red', unreachable: 'default' }

/** 屬實 / 不符 / 無法聯繫, or "to call" before the call. */
export function AuditResultTag({ result }: { result: AuditResult | null }) {
  const { t } = useT()
  if (result === null) return <Tag color="blue">{t('callbackAudits.toCall')}</Tag>
  return <Tag color={COLORS[result]}>{t(`auditResult.${result}`)}</Tag>
}
