import { describe, expect, it } from 'vitest'
import { matchHeaders } from './header-synonyms'
import { parseCustomerRows } from './parse-customer-rows'

const sheet = (header: string[], ...rows: string[][]) => {
  const { columns } = matchHeaders('customers', header)
  return parseCustomerRows(
    rows.map((cells, i) => ({ row: i + 2, cells })),
    columns,
    header,
  )
}

describe('customer headers', () => {
  it('recognises English, Traditional and Simplified headers', () => {
    expect(
      matchHeaders('customers', [
        'Customer ID',
        'Customer Name',
        'Company',
        'Tax ID',
        'Phone',
        'Address',
        'Website',
        'Industry',
        'Region',
        'Source',
        'Owner',
        'Status',
        'Lost Reason',
        'Lost Date',
        'Tags',
        'Contact',
        'Title',
        'Mobile',
        'Email',
      ]).unclaimed,
    ).toEqual([])
    expect(
      matchHeaders('customers', [
        '客戶編號',
        '客戶名稱',
        '公司名稱',
        '統一編號',
        '電話',
        '地址',
        '網站',
        '行業',
        '地區',
        '來源',
        '業務員',
        '狀態',
        '流失原因',
        '流失日期',
        '標籤',
        '聯絡人',
        '職稱',
        '手機',
        '電子郵件',
      ]).unclaimed,
    ).toEqual([])
    const { columns, unclaimed } = matchHeaders('customers', [
      '客户编号',
      '客户名称',
      '公司名称',
      '统一社会信用代码',
      '电话',
      '地址',
      '网站',
      '行业',
      '地区',
      '来源',
      '负责人',
      '状态',
      '流失原因',
      '流失日期',
      '标签',
      '联系人',
      '职位',
      '手机',
      '邮箱',
    ])
    expect(unclaimed).toEqual([])
    expect(Object.keys(columns)).toHaveLength(19)
  })
  it("tells the customer's name from its contact's", () => {
    expect(matchHeaders('customers', ['Name', 'Contact', 'Phone', 'Contact Phone']).columns).toEqual({
      name: 0,
      contactName: 1,
      phone: 2,
      contactPhone: 3,
    })
  })
})

describe('parseCustomerRows', () => {
  it('reads every field, with tags split on the separators sheets use', () => {
    const { customers, errors } = sheet(
      [
        '客戶編號',
        '客戶名稱',
        '公司名稱',
        '統一編號',
        '電話',
        '地址',
        '網站',
        '行業',
        '地區',
        '來源',
        '業務員',
        '狀態',
        '標籤',
        '聯絡人',
        '職稱',
        '手機',
        '電子郵件',
      ],
      [
        'C-1',
        '鼎盛精密',
        '鼎盛精密工業股份有限公司',
        '12345678',
        '02-1234-5678',
        '台北市',
        'dingsheng.tw',
        '機械',
        '北區',
        '展覽',
        'rep1@x.tw',
        '潛在客戶',
        '軸承，馬達、VIP; 軸承 / 外銷',
        '陳美玲',
        '採購經理',
        '0912-345-678',
        'mei@dingsheng.tw',
      ],
    )
    expect(errors).toEqual([])
    expect(customers).toEqual([
      {
        externalId: 'C-1',
        name: '鼎盛精密',
        companyName: '鼎盛精密工業股份有限公司',
        taxId: '12345678',
        phone: '02-1234-5678',
        address: '台北市',
        website: 'dingsheng.tw',
        industry: '機械',
        region: '北區',
        source: '展覽',
        rep: 'rep1@x.tw',
        status: 'prospect',
        lostReason: null,
        lostDate: null,
        tags: ['軸承', '馬達', 'VIP', '外銷'],
        contacts: [{ name: '陳美玲', title: '採購經理', phone: '0912-345-678', email: 'mei@dingsheng.tw' }],
        rows: [2],
      },
    ])
  })
  it('reads the status words of each language; blank is active', () => {
    const words = {
      prospect: ['prospect', 'Lead', '潛在', '潜在客户', '意向'],
      active: ['', 'Active', '活躍', '活跃', '有效', '合作中'],
      dormant: ['dormant', 'inactive', '休眠', '沉睡'],
      lost: ['LOST', '流失', '已流失', '流失客戶'],
    }
    for (const [status, texts] of Object.entries(words)) {
      const { customers, errors } = sheet(
        ['Name', 'Status', 'Lost Reason', 'Lost Date'],
        ...texts.map((t, i) => [`c${i}`, t, 'price', '2020-01-01']),
      )
      expect(errors).toEqual([])
      expect(customers.map((c) => c.status)).toEqual(texts.map(() => status))
    }
  })
  it('refuses an unknown status, naming the choices', () => {
    expect(sheet(['Name', '狀態'], ['X', 'maybe']).errors).toEqual([
      {
        row: 2,
        column: '狀態',
        key: 'field.invalid_value',
        params: { field: '狀態', options: 'prospect, active, dormant, lost' },
      },
    ])
  })
  it('makes one customer with several contacts of the rows sharing an id', () => {
    const { customers, errors } = sheet(
      ['Customer ID', 'Customer Name', 'Industry', 'Contact', 'Title', 'Email'],
      ['C1', 'Acme', 'Tools', 'Ann', 'Buyer', 'ann@acme.com'],
      ['C1', '', '', 'Bob', 'CFO', 'bob@acme.com'],
      ['C2', 'Beta', '', '', '', ''],
      ['C1', 'Acme', 'Tools', 'Ann', 'Buyer', 'ann@acme.com'],
      ['', 'Gamma', '', 'Cy', '', ''],
      ['', 'Gamma', '', 'Di', '', ''],
    )
    expect(errors).toEqual([])
    expect(
      customers.map((c) => [c.externalId, c.name, c.industry, c.contacts.map((p) => p.name), c.rows]),
    ).toEqual([
      ['C1', 'Acme', 'Tools', ['Ann', 'Bob'], [2, 3, 5]],
      ['C2', 'Beta', null, [], [4]],
      [null, 'Gamma', null, ['Cy'], [6]],
      [null, 'Gamma', null, ['Di'], [7]],
    ])
  })
  it('takes a field from whichever row fills it in, and compares tags and statuses as meant', () => {
    const { customers, errors } = sheet(
      ['Customer ID', 'Name', 'Region', 'Status', 'Tags'],
      ['C1', 'Acme', '', '活躍', 'a, b'],
      ['C1', '', 'North', 'active', 'b、a'],
    )
    expect(errors).toEqual([])
    expect(customers.map((c) => [c.region, c.status, c.tags])).toEqual([['North', 'active', ['a', 'b']]])
  })
  it('refuses rows of one customer that disagree, leaving the customer out', () => {
    const { customers, errors } = sheet(
      ['Customer ID', 'Customer Name', 'Owner', 'Contact'],
      ['C1', 'Acme', 'ann@x.tw', 'Ann'],
      ['C1', 'Acme Ltd', 'bob@x.tw', 'Bob'],
      ['C2', 'Beta', '', ''],
    )
    expect(errors).toEqual([
      {
        row: 3,
        column: 'Customer Name',
        key: 'import.inconsistent_customer',
        params: { externalId: 'C1', field: 'Customer Name' },
      },
      {
        row: 3,
        column: 'Owner',
        key: 'import.inconsistent_customer',
        params: { externalId: 'C1', field: 'Owner' },
      },
    ])
    expect(customers.map((c) => c.externalId)).toEqual(['C2'])
  })
  it('names the row and column of every bad cell', () => {
    const { customers, errors } = sheet(
      ['客户编号', '客户名称', '状态', '流失原因', '流失日期', '联系人', '职位', '邮箱'],
      ['C1', '', '', '', '', '', '', ''],
      ['C2', 'Beta', '流失', '', '2020-02-30', '', '', ''],
      ['C3', 'Gamma', '', '', '', '', '經理', 'gamma at example'],
      ['C4', 'Delta', '已流失', '', '', '', '', ''],
    )
    expect(errors).toEqual([
      { row: 2, column: '客户名称', key: 'field.required', params: { field: '客户名称' } },
      { row: 3, column: '流失日期', key: 'import.not_date', params: { value: '2020-02-30' } },
      { row: 4, column: '联系人', key: 'field.required', params: { field: '联系人' } },
      { row: 4, column: '邮箱', key: 'field.invalid_email', params: { field: '邮箱' } },
      { row: 5, column: '流失原因', key: 'field.required', params: { field: '流失原因' } },
      { row: 5, column: '流失日期', key: 'field.required', params: { field: '流失日期' } },
    ])
    expect(customers).toEqual([])
  })
  it('leaves a customer out whole when any of its rows is bad', () => {
    const { customers } = sheet(
      ['Customer ID', 'Name', 'Contact', 'Email'],
      ['C1', 'Acme', 'Ann', 'not-an-email'],
      ['C1', 'Acme', 'Bob', 'bob@acme.com'],
    )
    expect(customers).toEqual([])
  })
  it('reads a lost date in any form spreadsheets use', () => {
    const { customers } = sheet(
      ['Name', 'Status', 'Lost Reason', 'Lost Date'],
      ['A', 'lost', 'price', '2017年1月3日'],
      ['B', 'lost', 'price', '42738'],
    )
    expect(customers.map((c) => c.lostDate)).toEqual(['2017-01-03', '2017-01-03'])
  })
  it('refuses a file without a name column', () => {
    expect(sheet(['Customer ID', 'Phone'], ['C1', '1']).errors).toEqual([
      { row: 1, column: 'name', key: 'import.missing_column' },
    ])
  })
})
