import type { Notification } from '../../../contracts/notifications'
import type { Translate } from '../../i18n/use-t'

/**
 * A notification as a sentence in the reader's language, and where it leads. The server keeps the
 * kind and its parameters, never the sentence, so a change of language changes it too.
 */
export function notificationView(t: Translate, n: Notification): { text: string; link: string | null } {
  const params = Object.fromEntries(Object.entries(n.params).map(([k, v]) => [k, v ?? '']))
  switch (n.kind) {
    case 'callback_audit_discrepancy':
      return {
        text: t('notification.callback_audit_discrepancy', params),
        link: typeof n.params.drawId === 'string' ? `/callback-audits/draws/${n.params.drawId}` : null,
      }
    case 'pool_return_warning':
      return { text: t('notification.pool_return_warning', params), link: '/pool' }
    default:
      return { text: n.kind, link: null }
  }
}
