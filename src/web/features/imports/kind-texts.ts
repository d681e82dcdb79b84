import type { TKey } from '../../i18n/use-t'
import type { ImportKind } from './import-kinds'

type KindTexts = {
  title: TKey
  /** The summary's count before (dry run) and after the import. */
  toCreate: TKey
  created: TKey
  /** `{count} orders`, with the measure word Chinese needs (張訂單, 筆回款). */
  records: TKey
  done: TKey
  undoText: TKey
  toList: TKey
}

/** The words of the wizard that name what is imported. */
export const KIND_TEXTS: Record<ImportKind, KindTexts> = {
  customers: {
    title: 'imports.title.customers',
    toCreate: 'imports.toCreate.customers',
    created: 'imports.created.customers',
    records: 'imports.records.customers',
    done: 'imports.done.customers',
    undoText: 'imports.undoText.customers',
    toList: 'imports.toList.customers',
  },
  orders: {
    title: 'imports.title.orders',
    toCreate: 'imports.toCreate.orders',
    created: 'imports.created.orders',
    records: 'imports.records.orders',
    done: 'imports.done.orders',
    undoText: 'imports.undoText.orders',
    toList: 'imports.toList.orders',
  },
  collections: {
    title: 'imports.title.collections',
    toCreate: 'imports.toCreate.collections',
    created: 'imports.created.collections',
    records: 'imports.records.collections',
    done: 'imports.done.collections',
    undoText: 'imports.undoText.collections',
    toList: 'imports.toList.collections',
  },
  expenses: {
    title: 'imports.title.expenses',
    toCreate: 'imports.toCreate.expenses',
    created: 'imports.created.expenses',
    records: 'imports.records.expenses',
    done: 'imports.done.expenses',
    undoText: 'imports.undoText.expenses',
    toList: 'imports.toList.expenses',
  },
  'follow-ups': {
    title: 'imports.title.followUps',
    toCreate: 'imports.toCreate.followUps',
    created: 'imports.created.followUps',
    records: 'imports.records.followUps',
    done: 'imports.done.followUps',
    undoText: 'imports.undoText.followUps',
    toList: 'imports.toList.followUps',
  },
}
