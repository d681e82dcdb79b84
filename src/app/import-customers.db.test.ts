import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CustomerListQuerySchema } from '../contracts/customers'
import type { Db } from '../db/connect'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { createTestOrg } from '../test-support/test-org'
import { countCustomers, deleteCustomer, getCustomer, listCustomers } from './customers'
import { importCustomers } from './import-customers'
import { fileFromBytes } from './sheet-rows'
import { undoImport } from './undo-import'

const csv = (lines: string[]) => fileFromBytes('customers.csv', new TextEncoder().encode(lines.join('\n')))
const HEADER = '客戶編號,客戶名稱,公司名稱,業務員,狀態,流失原因,流失日期,標籤,聯絡人,職稱,手機,電子郵件'
const FILE = csv([
  HEADER,
  'C-1,鼎盛精密,鼎盛精密股份有限公司,r1@test.tw,活躍,,,"VIP、製造",王大明,採購經理,0912-345-678,wang@ds.tw',
  'C-1,,,,,,,,李小華,會計,,li@ds.tw',
  'C-2,宏遠貿易,,R2,流失,價格太高,2024/5/1,,,,,',
  'C-3,壞郵件,,R2,,,,,陳先生,,,不是郵件',
  ',散客,,,潛在,,,,,,,',
])
const EN_HEADER = 'Customer ID,Customer Name,Industry,Owner,Contact,Mobile'

type Org = Awaited<ReturnType<typeof createTestOrg>>
/** Every live customer by name, in full (contacts and all). */
const customersOf = async (org: Org) => {
  const list = await listCustomers(org.as('admin'), CustomerListQuerySchema.parse({ limit: 200 }))
  return Object.fromEntries(
    await Promise.all(
      list.items.map(async (c) => [c.name, await getCustomer(org.as('admin'), c.id)] as const),
    ),
  )
}

describe.each(ENGINES)('importing customers on %s', (engine) => {
  let database: Db
  let org: Org
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    org = await createTestOrg(database)
  })
  afterAll(async () => database.close())

  it('refuses finance and the auditor, who change no customer', async () => {
    for (const role of ['finance', 'auditor'])
      await expect(
        importCustomers(org.as(role), FILE, { mode: 'skip-invalid', dryRun: true }),
      ).rejects.toMatchObject({ code: 'forbidden' })
  })
  it('all-or-nothing: one bad row and nothing is written, the row and column named', async () => {
    const report = await importCustomers(org.as('m1', 'zh-Hant'), FILE, {
      mode: 'all-or-nothing',
      dryRun: false,
    })
    expect(report).toMatchObject({ committed: false, batchId: null, badRows: 1 })
    expect(report.errors).toEqual([{ row: 5, column: '電子郵件', message: '電子郵件必須是電子郵件地址。' }])
    expect(await countCustomers(org.as('admin'), {})).toBe(0)
  })
  it('a dry run reports what would happen and writes nothing', async () => {
    const report = await importCustomers(org.as('m1'), FILE, { mode: 'skip-invalid', dryRun: true })
    expect(report).toMatchObject({
      committed: false,
      rows: 5,
      created: 3,
      unchanged: 0,
      customersCreated: 0,
      badRows: 1,
    })
    expect(await countCustomers(org.as('admin'), {})).toBe(0)
  })
  it('skip-invalid writes the good customers: contacts in order, tags, status, owner', async () => {
    const report = await importCustomers(org.as('m1'), FILE, { mode: 'skip-invalid', dryRun: false })
    expect(report).toMatchObject({
      committed: true,
      created: 3,
      unchanged: 0,
      customersCreated: 0,
      badRows: 1,
    })
    const customers = await customersOf(org)
    expect(Object.keys(customers).sort()).toEqual(['宏遠貿易', '散客', '鼎盛精密'])
    expect(customers['鼎盛精密']).toMatchObject({
      externalId: 'C-1',
      companyName: '鼎盛精密股份有限公司',
      ownerName: 'R1',
      status: 'active',
      tags: ['VIP', '製造'],
      assignedAt: '2026-11-27',
      contacts: [
        { name: '王大明', title: '採購經理', phone: '0912-345-678', email: 'wang@ds.tw', notes: null },
        { name: '李小華', title: '會計', phone: null, email: 'li@ds.tw', notes: null },
      ],
    })
    expect(customers['宏遠貿易']).toMatchObject({
      ownerName: 'R2',
      status: 'lost',
      lostReason: '價格太高',
      lostDate: '2024-05-01',
      contacts: [],
    })
    // A blank rep cell: the importing manager keeps it, as when they create a customer by hand.
    expect(customers['散客']).toMatchObject({ externalId: null, ownerName: 'M1', status: 'prospect' })
    // Found by a contact's phone, digits only: the search text knows the contacts.
    expect(await countCustomers(org.as('r1'), { q: '0912345678' })).toBe(1)
  })
  it('importing the same file again changes nothing', async () => {
    const before = await customersOf(org)
    const again = await importCustomers(org.as('m1'), FILE, { mode: 'skip-invalid', dryRun: false })
    expect(again).toMatchObject({ committed: false, created: 0, unchanged: 3, badRows: 1 })
    expect(await customersOf(org)).toEqual(before)
  })
  it('puts a customer without a rep in the pool when an admin imports it, and gives it to an importing rep', async () => {
    const report = await importCustomers(org.as('admin'), csv(['Customer Name', '公海客戶']), {
      mode: 'all-or-nothing',
      dryRun: false,
    })
    expect(report).toMatchObject({ committed: true, created: 1 })
    await importCustomers(org.as('r2'), csv(['Customer Name', 'R2 的客戶']), {
      mode: 'all-or-nothing',
      dryRun: false,
    })
    const customers = await customersOf(org)
    expect(customers['公海客戶']).toMatchObject({ ownerId: null, assignedAt: null })
    expect(customers['R2 的客戶']).toMatchObject({ ownerName: 'R2', assignedAt: '2026-11-27' })
    expect(await countCustomers(org.as('admin'), { owner: 'none' })).toBe(1)
  })
  it('refuses a rep outside the importer’s team, naming the row and column', async () => {
    const outside = csv([EN_HEADER, 'X-1,Outsider,,r3@test.tw,,', 'X-2,Mine,,R1,,'])
    const report = await importCustomers(org.as('m1', 'en'), outside, {
      mode: 'all-or-nothing',
      dryRun: false,
    })
    expect(report.committed).toBe(false)
    expect(report.errors).toEqual([
      {
        row: 2,
        column: 'Owner',
        message: 'No sales rep "r3@test.tw" (give an email or a name of your team).',
      },
    ])
    const rep = await importCustomers(org.as('r1'), csv([EN_HEADER, 'X-3,Not mine,,R2,,']), {
      mode: 'skip-invalid',
      dryRun: false,
    })
    expect(rep).toMatchObject({ committed: false, created: 0, badRows: 1 })
    expect(Object.keys(await customersOf(org))).not.toContain('Outsider')
  })
  it('checks what a customer saved by hand is checked for, at the row and column', async () => {
    const report = await importCustomers(
      org.as('admin', 'en'),
      csv([EN_HEADER, `L-1,${'長'.repeat(201)},,R1,,`, 'L-2,Fine,,R1,Ann,', `L-2,,,,${'x'.repeat(101)},`]),
      { mode: 'all-or-nothing', dryRun: true },
    )
    expect(report.errors).toEqual([
      { row: 2, column: 'Customer Name', message: 'Customer Name must have at most 200 characters.' },
      { row: 4, column: 'Contact', message: 'Contact must have at most 100 characters.' },
    ])
  })
  it('leaves a customer in the recycle bin there: its id is on file', async () => {
    await importCustomers(org.as('admin'), csv([EN_HEADER, 'D-1,Deleted Co,,R1,,']), {
      mode: 'all-or-nothing',
      dryRun: false,
    })
    const deleted = (await customersOf(org))['Deleted Co']
    await deleteCustomer(org.as('admin'), deleted?.id as string)
    const again = await importCustomers(org.as('admin'), csv([EN_HEADER, 'D-1,Deleted Co,,R1,,']), {
      mode: 'all-or-nothing',
      dryRun: false,
    })
    expect(again).toMatchObject({ committed: false, created: 0, unchanged: 1, errors: [] })
  })
  it('undoes a batch: its customers go to the recycle bin and their ids are free again', async () => {
    const file = csv([EN_HEADER, 'U-1,Undo One,,R3,Amy,', 'U-2,Undo Two,,,,'])
    const report = await importCustomers(org.as('admin'), file, { mode: 'all-or-nothing', dryRun: false })
    expect(report).toMatchObject({ committed: true, created: 2 })
    expect(await undoImport(org.as('admin'), report.batchId as string)).toEqual({ records: 0, customers: 2 })
    const names = Object.keys(await customersOf(org))
    expect(names).not.toContain('Undo One')
    expect(names).not.toContain('Undo Two')
    const again = await importCustomers(org.as('admin'), file, { mode: 'all-or-nothing', dryRun: false })
    expect(again).toMatchObject({ committed: true, created: 2, unchanged: 0 })
  })
})

describe.each(ENGINES)('importing a customer sheet in batches on %s', (engine) => {
  let database: Db
  let org: Org
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    org = await createTestOrg(database)
  })
  afterAll(async () => database.close())

  // Batches of two rows, so a customer's rows land in several batches.
  it('rows of one customer in later batches add its contacts and fill in what earlier rows left blank', async () => {
    const rows = [
      'K-1,Kappa,,R1,Amy,0911',
      'K-2,Lambda,Retail,R1,Bob,0922',
      'K-1,,Steel,,Cat,0933',
      'K-2,Lambda,,,Dan,0944',
      'K-1,,,,Amy,0911',
    ]
    const file = csv([EN_HEADER, ...rows])
    const dry = await importCustomers(org.as('admin'), file, {
      mode: 'all-or-nothing',
      dryRun: true,
      batchRows: 2,
    })
    expect(dry).toMatchObject({ created: 2, errors: [] })
    const report = await importCustomers(org.as('admin'), file, {
      mode: 'all-or-nothing',
      dryRun: false,
      batchRows: 2,
    })
    expect(report).toMatchObject({ committed: true, created: 2, errors: [] })
    const customers = await customersOf(org)
    expect(customers['Kappa']).toMatchObject({ industry: 'Steel', ownerName: 'R1' })
    expect(customers['Kappa']?.contacts.map((c) => c.name)).toEqual(['Amy', 'Cat'])
    expect(customers['Lambda']).toMatchObject({ industry: 'Retail' })
    expect(customers['Lambda']?.contacts.map((c) => c.name)).toEqual(['Bob', 'Dan'])
    // A contact added by a later batch is searchable.
    expect(await countCustomers(org.as('admin'), { q: 'cat' })).toBe(1)
    const again = await importCustomers(org.as('admin'), file, {
      mode: 'all-or-nothing',
      dryRun: false,
      batchRows: 2,
    })
    expect(again).toMatchObject({ committed: false, created: 0, unchanged: 2, errors: [] })
  })
  it('skip-invalid refuses a customer whole when a later batch contradicts it', async () => {
    const rows = [
      'S-1,Sigma,Retail,R1,Eve,',
      'S-2,Tau,,R1,Fay,',
      'S-1,,Steel,,Gus,',
      'S-3,Upsilon,,R1,Hal,',
      'S-2,,,,Ivy,',
      // A later row of the refused customer is not asked for its name again.
      'S-1,,,,Jo,',
    ]
    const report = await importCustomers(org.as('admin', 'en'), csv([EN_HEADER, ...rows]), {
      mode: 'skip-invalid',
      dryRun: false,
      batchRows: 2,
    })
    expect(report).toMatchObject({ committed: true, created: 2, badRows: 1 })
    expect(report.errors).toEqual([
      { row: 4, column: 'Industry', message: 'Customer S-1 has a different Industry on another row.' },
    ])
    const customers = await customersOf(org)
    expect(customers['Sigma']).toBeUndefined()
    expect(customers['Tau']?.contacts.map((c) => c.name)).toEqual(['Fay', 'Ivy'])
    expect(customers['Upsilon']).toBeDefined()
  })
})
