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
  // A field claims the first of its names the sheet has, and a column goes to one field only, so no
  // name below appears under two fields of the same kind.
  customers: {
    externalId: ['Customer ID', 'Customer No', 'Customer Number', 'ID', '客戶編號', '客户编号'],
    name: ['Customer Name', 'Customer', 'Name', '客戶名稱', '客户名称', '客戶', '客户', '名稱', '名称'],
    companyName: ['Company', 'Company Name', '公司', '公司名稱', '公司名称', '公司全名'],
    taxId: [
      'Tax ID',
      'Tax Number',
      'VAT Number',
      'VAT No',
      '統一編號',
      '统一编号',
      '統編',
      '统编',
      '統一社會信用代碼',
      '统一社会信用代码',
      '稅號',
      '税号',
    ],
    phone: ['Phone', 'Telephone', 'Tel', 'Company Phone', '電話', '电话', '公司電話', '公司电话'],
    address: ['Address', 'Company Address', '地址', '公司地址'],
    website: ['Website', 'Web', 'URL', '網站', '网站', '網址', '网址'],
    industry: ['Industry', '行業', '行业', '產業', '产业'],
    region: ['Region', 'Area', 'Territory', '地區', '地区', '區域', '区域'],
    source: ['Source', 'Lead Source', '來源', '来源', '客戶來源', '客户来源'],
    rep: ['Owner', 'Sales Rep', 'Rep', 'Salesperson', '負責人', '负责人', '業務員', '业务员'],
    status: ['Status', 'Customer Status', '狀態', '状态', '客戶狀態', '客户状态'],
    lostReason: ['Lost Reason', 'Reason Lost', '流失原因'],
    lostDate: ['Lost Date', 'Lost On', 'Date Lost', '流失日期'],
    tags: ['Tags', 'Tag', 'Labels', '標籤', '标签'],
    contactName: [
      'Contact',
      'Contact Name',
      'Contact Person',
      '聯絡人',
      '联系人',
      '聯絡人姓名',
      '联系人姓名',
    ],
    contactTitle: [
      'Contact Title',
      'Title',
      'Job Title',
      'Position',
      '職稱',
      '职称',
      '職位',
      '职位',
      '職務',
      '职务',
    ],
    contactPhone: ['Contact Phone', 'Mobile', 'Cell', '聯絡人電話', '联系人电话', '手機', '手机'],
    contactEmail: [
      'Contact Email',
      'Email',
      '聯絡人電子郵件',
      '联系人邮箱',
      '電子郵件',
      '电子邮件',
      '郵箱',
      '邮箱',
    ],
  },
  collections: {
    externalId: [
      'Collection ID',
      'Collection No',
      'Receipt No',
      'Receipt Number',
      'Receipt ID',
      'Payment ID',
      '回款編號',
      '回款编号',
      '收據編號',
      '收据编号',
      '收款單號',
      '收款单号',
    ],
    customerExternalId: ['Customer ID', 'Customer No', '客戶編號', '客户编号'],
    customerName: ['Customer Name', 'Customer', '客戶名稱', '客户名称', '客戶', '客户'],
    orderNumber: ['Order ID', 'Order No', 'Order Number', '訂單編號', '订单编号', '訂單', '订单'],
    date: [
      'Collection Date',
      'Collected On',
      'Payment Date',
      'Received On',
      'Date',
      '回款日期',
      '收款日期',
      '日期',
    ],
    amount: [
      'Amount',
      'Collection Amount',
      'Amount Received',
      'Received',
      '金額',
      '金额',
      '回款金額',
      '回款金额',
      '收款金額',
      '收款金额',
    ],
    method: ['Method', 'Payment Method', '方式', '回款方式', '收款方式', '付款方式'],
    rep: ['Sales Rep', 'Owner', 'Rep', 'Salesperson', '業務員', '业务员', '負責人', '负责人'],
    note: ['Note', 'Notes', 'Remarks', 'Memo', '備註', '备注', '說明', '说明'],
  },
  expenses: {
    externalId: [
      'Expense ID',
      'Expense No',
      'Expense Number',
      '費用編號',
      '费用编号',
      '報銷單號',
      '报销单号',
    ],
    date: ['Expense Date', 'Date', '費用日期', '费用日期', '日期', '發生日期', '发生日期'],
    category: [
      'Category',
      'Expense Category',
      'Type',
      '類別',
      '类别',
      '費用類別',
      '费用类别',
      '類型',
      '类型',
      '費用科目',
      '费用科目',
    ],
    amount: ['Amount', 'Expense Amount', '金額', '金额', '費用金額', '费用金额'],
    rep: ['Sales Rep', 'Owner', 'Rep', 'Salesperson', '業務員', '业务员', '負責人', '负责人'],
    customerExternalId: ['Customer ID', 'Customer No', '客戶編號', '客户编号'],
    customerName: ['Customer Name', 'Customer', '客戶名稱', '客户名称', '客戶', '客户'],
    note: ['Note', 'Notes', 'Remarks', 'Memo', 'Description', '備註', '备注', '說明', '说明', '摘要'],
  },
  'follow-ups': {
    externalId: [
      'Follow-up ID',
      'Follow Up ID',
      'Activity ID',
      '跟進編號',
      '跟进编号',
      '紀錄編號',
      '记录编号',
    ],
    customerExternalId: ['Customer ID', 'Customer No', '客戶編號', '客户编号'],
    customerName: ['Customer Name', 'Customer', '客戶名稱', '客户名称', '客戶', '客户'],
    date: [
      'Date',
      'Follow-up Date',
      'Contact Date',
      'When',
      '跟進日期',
      '跟进日期',
      '日期',
      '聯絡日期',
      '联系日期',
    ],
    time: ['Time', '時間', '时间'],
    channel: ['Channel', 'Type', 'Method', '方式', '跟進方式', '跟进方式', '管道', '渠道', '類型', '类型'],
    duration: ['Duration', 'Minutes', 'Duration (min)', '時長', '时长', '分鐘', '分钟'],
    summary: [
      'Summary',
      'Notes',
      'Content',
      'Subject',
      '內容',
      '内容',
      '摘要',
      '跟進內容',
      '跟进内容',
      '紀錄',
      '记录',
    ],
    outcome: ['Outcome', 'Result', '結果', '结果'],
    nextStep: ['Next Step', 'Next Action', '下一步', '後續行動', '后续行动'],
    nextDate: [
      'Next Date',
      'Next Follow-up',
      '下次跟進日期',
      '下次跟进日期',
      '下次日期',
      '下次聯絡',
      '下次联系',
    ],
    rep: ['Sales Rep', 'Owner', 'Rep', 'Salesperson', '業務員', '业务员', '負責人', '负责人'],
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
