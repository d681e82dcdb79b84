import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ExpenseListQuerySchema } from '../contracts/expenses'
import type { Db } from '../db/connect'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { createTestOrg } from '../test-support/test-org'
import { listExpenses, rejectExpense, submitExpense } from './expenses'
import { importExpenses } from './import-expenses'
import { fileFromBytes } from './sheet-rows'
import { undoImport } from './undo-import'

const csv = (lines: string[]) => fileFromBytes('expenses.csv', new TextEncoder().encode(lines.join('\r\n')))
const HEADER = '费用编号,费用日期,费用类别,金额,业务员,客户名称,备注'

describe.each(ENGINES)('importing expenses on %s', (engine) => {
  let database: Db
  let org: Awaited<ReturnType<typeof createTestOrg>>
  const expenses = async (who = 'admin') =>
    (await listExpenses(org.as(who), ExpenseListQuerySchema.parse({}))).items
      .map((e) => [e.expenseDate, e.category, e.amount, e.repName, e.status, e.customerName])
      .sort()

  beforeAll(async () => {
    database = await openTestDatabase(engine)
    org = await createTestOrg(database)
  })
  afterAll(async () => database.close())

  it('all-or-nothing: an unknown category refuses the file in Simplified Chinese, naming row and column', async () => {
    const report = await importExpenses(
      org.as('m1', 'zh-Hans'),
      csv([HEADER, 'E-1,2026-10-01,差旅费,1200,r1@test.tw,,高铁', 'E-2,2026-10-02,股票,10,r1@test.tw,,']),
      { mode: 'all-or-nothing', dryRun: false },
    )
    expect(report.committed).toBe(false)
    expect(report.errors).toHaveLength(1)
    expect(report.errors[0]).toMatchObject({ row: 3, column: '费用类别' })
    expect(await expenses()).toEqual([])
  })

  it('imports drafts of their reps (the importer’s own when no rep is named), re-import changes nothing', async () => {
    const file = csv([
      HEADER,
      'E-1,2026-10-01,差旅费,"1,200",r1@test.tw,,高铁',
      ',2026/10/3,交际费,880.5,R2,华南电子,晚餐',
      ',2026/10/3,交际费,880.5,R2,华南电子,晚餐',
    ])
    const report = await importExpenses(org.as('m1'), file, { mode: 'all-or-nothing', dryRun: false })
    expect(report).toMatchObject({ committed: true, created: 3, customersCreated: 1, errors: [] })
    expect(await expenses()).toEqual([
      ['2026-10-01', 'travel', 120_000, 'R1', 'draft', null],
      ['2026-10-03', 'entertainment', 88_050, 'R2', 'draft', '华南电子'],
      ['2026-10-03', 'entertainment', 88_050, 'R2', 'draft', '华南电子'],
    ])
    // A draft like any other: its rep submits it into the approval flow.
    const mine = (await listExpenses(org.as('r1'), ExpenseListQuerySchema.parse({}))).items[0]
    const sent = (await submitExpense(org.as('r1'), mine!.id, mine!.version)).expense
    expect(sent.status).toBe('submitted')
    expect(await importExpenses(org.as('m1'), file, { mode: 'all-or-nothing', dryRun: false })).toMatchObject(
      { committed: false, created: 0, unchanged: 3 },
    )
    // Submitted, it is in the books: the import stays until it is rejected (or it would vanish).
    await expect(undoImport(org.as('m1'), report.batchId as string)).rejects.toMatchObject({
      messageKey: 'import.undo_expenses_booked',
    })
    await rejectExpense(org.as('m1'), sent.id, sent.version, '重複')
    expect(await undoImport(org.as('m1'), report.batchId as string)).toEqual({ records: 3, customers: 1 })
    expect(await expenses()).toEqual([])
  })

  it('a rep imports only their own: another rep named is an error', async () => {
    const report = await importExpenses(
      org.as('r1', 'en'),
      csv([HEADER, 'E-9,2026-10-01,travel,10,,,', 'E-10,2026-10-01,travel,10,R2,,']),
      { mode: 'skip-invalid', dryRun: false },
    )
    expect(report).toMatchObject({ committed: true, created: 1, badRows: 1 })
    expect(report.errors[0]).toMatchObject({ row: 3, column: '业务员' })
    expect(await expenses('r1')).toEqual([['2026-10-01', 'travel', 1_000, 'R1', 'draft', null]])
  })
})
