import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../db/connect'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { createTestOrg } from '../test-support/test-org'
import { CreateCustomerSchema } from '../contracts/customers'
import { agenda } from './agenda'
import { createCustomer } from './customers'
import { listFollowUps } from './follow-ups'
import { importFollowUps } from './import-follow-ups'
import { fileFromBytes } from './sheet-rows'
import { undoImport } from './undo-import'

const csv = (lines: string[]) => fileFromBytes('跟進.csv', new TextEncoder().encode(lines.join('\n')))
const HEADER = '客戶名稱,跟進日期,時間,方式,時長,內容,下次跟進日期,業務員'

describe.each(ENGINES)('importing follow-ups on %s', (engine) => {
  let database: Db
  let org: Awaited<ReturnType<typeof createTestOrg>>
  beforeAll(async () => {
    database = await openTestDatabase(engine)
    org = await createTestOrg(database)
  })
  afterAll(async () => database.close())

  it('refuses a follow-up in the future and an unknown channel, naming row and column, writing nothing', async () => {
    const report = await importFollowUps(
      org.as('m1', 'zh-Hant'),
      csv([
        HEADER,
        '鼎盛,2026/11/20,10:00,電話,10,確認交期,,r1@test.tw',
        '鼎盛,2026-12-25,,電話,5,太早,,r1@test.tw',
        '鼎盛,2026-11-21,,傳真,5,x,,r1@test.tw',
      ]),
      { mode: 'all-or-nothing', dryRun: false },
    )
    expect(report.committed).toBe(false)
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([
      [3, '跟進日期'],
      [4, '方式'],
    ])
    expect((await listFollowUps(org.as('admin'), { limit: 50 })).items).toEqual([])
  })

  it('imports at the sheet’s time on Taipei’s clock, creates the customer, moves the agenda; undo takes it back', async () => {
    const file = csv([
      HEADER,
      '鼎盛,2026/11/20 14:30,,拜訪,60分鐘,介紹新產品,2026-11-30,r1@test.tw',
      '鼎盛,2026年11月25日,09:15,LINE,,報價追蹤,,r1@test.tw',
    ])
    const report = await importFollowUps(org.as('m1'), file, { mode: 'all-or-nothing', dryRun: false })
    expect(report).toMatchObject({ kind: 'follow-ups', committed: true, created: 2, customersCreated: 1 })
    const items = (await listFollowUps(org.as('r1'), { limit: 50 })).items
    expect(items.map((f) => [f.happenedAt, f.channel, f.durationMinutes, f.repName])).toEqual([
      ['2026-11-25T01:15:00.000Z', 'message', 0, 'R1'],
      ['2026-11-20T06:30:00.000Z', 'visit', 60, 'R1'],
    ])
    // The customer's cadence comes from the latest follow-up: C, 11-25 + 30 days.
    expect((await agenda(org.as('r1'), { date: '2026-12-25' })).items.map((i) => i.nextDue)).toEqual([
      '2026-12-25',
    ])
    expect(
      await importFollowUps(org.as('m1'), file, { mode: 'all-or-nothing', dryRun: false }),
    ).toMatchObject({ committed: false, unchanged: 2 })
    expect(await undoImport(org.as('m1'), report.batchId as string)).toEqual({ records: 2, customers: 1 })
    expect((await listFollowUps(org.as('admin'), { limit: 50 })).items).toEqual([])
  })

  it('gives a customer it did not create its cadence back when undone', async () => {
    const c = await createCustomer(org.as('r2'), CreateCustomerSchema.parse({ name: '宏遠貿易' }))
    const report = await importFollowUps(
      org.as('m1'),
      csv([HEADER, '宏遠貿易,2026-11-26,10:00,電話,10,確認交期,2026-11-30,r2@test.tw']),
      { mode: 'all-or-nothing', dryRun: false },
    )
    const cadence = async () =>
      database.db
        .selectFrom('customers')
        .select(['last_follow_up_on', 'next_follow_up_on'])
        .where('id', '=', c.id)
        .executeTakeFirstOrThrow()
    expect(await cadence()).toEqual({ last_follow_up_on: '2026-11-26', next_follow_up_on: '2026-11-30' })
    expect(await undoImport(org.as('m1'), report.batchId as string)).toEqual({ records: 1, customers: 0 })
    expect(await cadence()).toEqual({ last_follow_up_on: null, next_follow_up_on: null })
  })

  it('is refused to finance, who only reads follow-ups', async () => {
    await expect(
      importFollowUps(org.as('finance'), csv([HEADER]), { mode: 'all-or-nothing', dryRun: true }),
    ).rejects.toMatchObject({ code: 'forbidden' })
  })
})
