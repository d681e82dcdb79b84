import type { BinItem } from '../../../contracts/recycle-bin'
import type { TKey, Translate } from '../../i18n/use-t'

/**
 * How a bin line names its record: its own name or number first where it has one (customer,
 * order), else its customer (collection, plan, follow-up) or its category (expense); then what
 * else tells it apart — the order it paid, the summary or note, the customer, the date.
 */
export function binItemText(item: BinItem, t: Translate): { title: string; detail: string } {
  const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ')
  switch (item.kind) {
    case 'customer':
      return { title: item.label ?? '', detail: '' }
    case 'order':
      return { title: item.label ?? '', detail: join(item.customerName, item.date) }
    case 'collection':
    case 'collection_plan':
      return {
        title: item.customerName ?? '',
        detail: join(item.label && t('recycleBin.forOrder', { number: item.label }), item.date),
      }
    case 'expense':
      return {
        title: item.category ? t(`expenseCategory.${item.category}` as TKey) : '',
        detail: join(item.label, item.customerName, item.date),
      }
    case 'follow_up':
      return { title: item.customerName ?? '', detail: join(item.label, item.date) }
  }
}

/** Where a restored record is seen again. */
export function binItemPath(item: Pick<BinItem, 'kind' | 'id'>): string {
  switch (item.kind) {
    case 'customer':
      return `/customers/${item.id}`
    case 'order':
      return `/orders/${item.id}`
    case 'collection':
      return '/collections'
    case 'collection_plan':
      return '/collections/plans'
    case 'expense':
      return '/expenses'
    case 'follow_up':
      return '/follow-ups'
  }
}
