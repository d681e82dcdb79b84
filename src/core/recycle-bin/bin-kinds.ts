/**
 * What may be deleted into the recycle bin and restored from it: the records people create by
 * mistake. Their names are the audit log's entity names.
 */
export const BIN_KINDS = [
  'customer',
  'order',
  'collection',
  'collection_plan',
  'expense',
  'follow_up',
] as const
export type BinKind = (typeof BIN_KINDS)[number]
