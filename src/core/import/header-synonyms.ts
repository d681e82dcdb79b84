/**
 * The column headers a team's spreadsheets use for each field, in English, 繁體 and 简体
 * (compared without case, spaces, underscores and hyphens). `--map field=Header` adds to these.
 */
export const HEADER_SYNONYMS = {
  orders: {
    number: ['Order ID', 'Order No', 'Order Number', '訂單編號', '订单编号', '單號', '单号'],
    customerExternalId: ['Customer ID', 'Customer No', '客戶編號', '客户编号'],
    customerName: ['Customer Name', 'Customer', '客戶名稱', '客户名称', '客戶', '客户'],
    orderDate: ['Order Date', 'Date', '訂單日期', '订单日期', '日期'],
    amount: ['Sales', 'Amount', 'Total', '金額', '金额', '銷售額', '销售额'],
    rep: ['Sales Rep', 'Owner', 'Rep', 'Salesperson', '業務員', '业务员', '負責人', '负责人'],
    product: ['Product', 'Product Name', '產品', '产品', '品名'],
    quantity: ['Quantity', 'Qty', '數量', '数量'],
    unitPrice: ['Unit Price', 'Price', '單價', '单价'],
    discount: ['Discount', '折扣'],
    status: ['Status', '狀態', '状态'],
  },
} as const

export type ImportKind = keyof typeof HEADER_SYNONYMS

const normalise = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s_-]/g, '')

/**
 * Which column holds each field: the first header that matches one of the field's names, with
 * explicit mappings (`field → header`) taking precedence. Returns the columns found and the headers
 * nobody claimed (reported, not fatal).
 */
export function matchHeaders<K extends ImportKind>(
  kind: K,
  headers: readonly string[],
  mapping: Readonly<Record<string, string>> = {},
): { columns: Partial<Record<keyof (typeof HEADER_SYNONYMS)[K], number>>; unclaimed: string[] } {
  const synonyms = HEADER_SYNONYMS[kind] as Record<string, readonly string[]>
  const normalised = headers.map(normalise)
  const columns: Record<string, number> = {}
  for (const field of Object.keys(synonyms)) {
    const names = mapping[field] ? [mapping[field] as string] : (synonyms[field] ?? [])
    const index = names
      .map(normalise)
      .map((n) => normalised.indexOf(n))
      .find((i) => i >= 0)
    if (index !== undefined && !Object.values(columns).includes(index)) columns[field] = index
  }
  const claimed = new Set(Object.values(columns))
  return {
    columns: columns as Partial<Record<keyof (typeof HEADER_SYNONYMS)[K], number>>,
    unclaimed: headers.filter((_, i) => !claimed.has(i)),
  }
}
