import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { newId } from '../app/new-id'
import { ENGINES } from '../test-support/test-database'
import { TEST_NOW } from '../test-support/test-org'
import { startTestServer, type TestServer } from '../test-support/test-server'

type User = 'admin' | 'boss' | 'm1' | 'r1' | 'r2' | 'r3' | 'finance' | 'auditor'

// TEST_NOW is 2026-11-27 10:00 in Taipei (a Friday).
const TODAY = '2026-11-27'
const TOMORROW = '2026-11-28'

/** Daily check-ins (日報) through HTTP: prefilled, submitted once a day, seen by the manager's tree. */
describe.each(ENGINES)('daily reports API on %s', (engine) => {
  let server: TestServer
  let bakery = ''
  let harbour = ''
  const call = async (who: User, method: 'GET' | 'POST', url: string, payload?: object, lang?: string) =>
    server.app.inject({
      method,
      url,
      payload,
      headers: { cookie: await server.cookie(who), ...(lang ? { 'accept-language': lang } : {}) },
    })
  const count = async () =>
    Number(
      (
        await server.database.db
          .selectFrom('daily_reports')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  /** A visit as the visits feature stores it (../helpers/VISITS_TABLE.md). */
  const visit = async (
    customerId: string,
    startsAt: string,
    status: string,
    followUpId: string | null = null,
  ) => {
    const start = new Date(startsAt)
    await server.database.db
      .insertInto('visits')
      .values({
        id: newId(),
        customer_id: customerId,
        rep_id: server.org.users.r1.id,
        starts_at: start.toISOString(),
        ends_at: new Date(start.getTime() + 3_600_000).toISOString(),
        starts_on: startsAt.slice(0, 10),
        place: null,
        status,
        why_this_time: null,
        checked_in_at: status === 'planned' ? null : start.toISOString(),
        check_in_place: null,
        reviewed_at: null,
        customer_view: null,
        to_improve: null,
        follow_up_id: followUpId,
        cancelled_at: null,
        cancel_reason: null,
        missed_at: null,
        created_by: server.org.users.r1.id,
        version: 1,
        created_at: TEST_NOW.toISOString(),
        updated_at: TEST_NOW.toISOString(),
      })
      .execute()
  }

  beforeAll(async () => {
    server = await startTestServer(engine)
    const customer = async (name: string) =>
      (await call('r1', 'POST', '/api/v1/customers', { name, status: 'active' })).json().id as string
    bakery = await customer('九龍烘焙坊')
    harbour = await customer('Harbour Foods')
    const logged = await call('r1', 'POST', '/api/v1/follow-ups', {
      customerId: bakery,
      happenedAt: '2026-11-27T09:15:00+08:00',
      channel: 'phone',
      summary: '確認聖誕訂單數量',
      nextDate: '2026-12-03',
    })
    expect(logged.statusCode).toBe(201)
    await visit(harbour, '2026-11-27T08:30:00+08:00', 'checked_in')
    await visit(harbour, '2026-11-28T14:00:00+08:00', 'planned')
  })
  afterAll(async () => server.close())

  it("prefills the rep's day from their follow-ups and visits, and tomorrow's plan from planned visits and the agenda", async () => {
    const form = await call('r1', 'GET', '/api/v1/daily-reports/form', undefined, 'zh-TW')
    expect(form.statusCode).toBe(200)
    const body = form.json()
    expect(body).toMatchObject({ date: TODAY, tomorrow: TOMORROW, mine: true, report: null, repName: 'R1' })
    expect(body.prefill).toMatchObject({ followUps: 1, visits: 1 })
    // Harbour's check-in at 08:30 comes before the 09:15 call to the bakery.
    expect(body.prefill.doneGroups.map((g: { customerName: string }) => g.customerName)).toEqual([
      'Harbour Foods',
      '九龍烘焙坊',
    ])
    expect(body.prefill.done).toBe(
      '• 08:30 Harbour Foods——拜訪，已簽到，未寫訪後分析\n• 09:15 九龍烘焙坊——電話：確認聖誕訂單數量',
    )
    // Tomorrow: the planned visit to Harbour at 14:00; the bakery is not due until 12-03.
    expect(body.prefill.planItems).toEqual([
      expect.objectContaining({ kind: 'visit', customerName: 'Harbour Foods', start: '14:00', end: '15:00' }),
    ])
    expect(body.prefill.plan).toBe('• 14:00–15:00 拜訪 Harbour Foods')
  })

  it('submits once a day: the first time creates it, again rewrites it and keeps when it was checked in', async () => {
    const first = await call('r1', 'POST', '/api/v1/daily-reports', {
      date: TODAY,
      done: '拜訪 Harbour Foods；電話九龍烘焙坊',
      plan: '14:00 拜訪 Harbour Foods',
    })
    expect(first.statusCode).toBe(201)
    expect(first.json()).toMatchObject({
      date: TODAY,
      followUps: 1,
      visits: 1,
      version: 1,
      submittedAt: TEST_NOW.toISOString(),
    })
    expect(first.json().doneGroups).toHaveLength(2)
    const again = await call('r1', 'POST', '/api/v1/daily-reports', {
      date: TODAY,
      done: '拜訪 Harbour Foods；電話九龍烘焙坊；整理報價單',
      plan: null,
    })
    expect(again.statusCode).toBe(200)
    expect(again.json()).toMatchObject({
      id: first.json().id,
      version: 2,
      plan: null,
      submittedAt: TEST_NOW.toISOString(),
    })
    expect(await count()).toBe(1)
    const form = (await call('r1', 'GET', '/api/v1/daily-reports/form')).json()
    expect(form.report.done).toBe('拜訪 Harbour Foods；電話九龍烘焙坊；整理報價單')
    const history = (await call('r1', 'GET', '/api/v1/daily-reports')).json()
    expect(history.items.map((r: { date: string }) => r.date)).toEqual([TODAY])
  })

  it("shows a manager who of their tree has and has not checked in, and each rep's day", async () => {
    const day = (await call('m1', 'GET', `/api/v1/daily-reports/check-ins?date=${TODAY}`)).json()
    expect(day).toMatchObject({ date: TODAY, checkedIn: 1, missing: 2 })
    const names = day.reps.map((r: { repName: string }) => r.repName)
    // Not checked in first, by name; r3 and the boss are outside m1's tree.
    expect(names).toEqual(['M1', 'R2', 'R1'])
    expect(day.reps[2]).toMatchObject({
      repName: 'R1',
      followUps: 1,
      visits: 1,
      submittedAt: TEST_NOW.toISOString(),
    })
    expect(day.reps[1]).toMatchObject({ repName: 'R2', reportId: null, submittedAt: null })
    const boss = (await call('boss', 'GET', '/api/v1/daily-reports/check-ins')).json()
    expect(boss.reps.map((r: { repName: string }) => r.repName).sort()).toEqual([
      'BOSS',
      'M1',
      'R1',
      'R2',
      'R3',
    ])
    const team = (
      await call('boss', 'GET', `/api/v1/daily-reports/check-ins?team=${server.org.users.m1.id}`)
    ).json()
    expect(team.reps).toHaveLength(3)
    const rep = (await call('r2', 'GET', '/api/v1/daily-reports/check-ins')).json()
    expect(rep.reps.map((r: { repName: string }) => r.repName)).toEqual(['R2'])
    for (const reader of ['admin', 'finance', 'auditor'] as const)
      expect((await call(reader, 'GET', '/api/v1/daily-reports/check-ins')).json().reps).toHaveLength(5)
    // Drill-down: the manager reads r1's report and r2's day so far, not as theirs to submit.
    const drill = (await call('m1', 'GET', `/api/v1/daily-reports/form?rep=${server.org.users.r1.id}`)).json()
    expect(drill).toMatchObject({ mine: false, repName: 'R1' })
    expect(drill.report.id).toBe(day.reps[2].reportId)
  })

  it('lets the rep, their managers, admins, finance and the auditor read a report; never another rep', async () => {
    const id = (await call('r1', 'GET', '/api/v1/daily-reports')).json().items[0].id
    for (const reader of ['r1', 'm1', 'boss', 'admin', 'finance', 'auditor'] as const)
      expect((await call(reader, 'GET', `/api/v1/daily-reports/${id}`)).statusCode).toBe(200)
    for (const outsider of ['r2', 'r3'] as const) {
      expect((await call(outsider, 'GET', `/api/v1/daily-reports/${id}`)).statusCode).toBe(404)
      expect((await call(outsider, 'GET', '/api/v1/daily-reports')).json().items).toEqual([])
      expect(
        (await call(outsider, 'GET', `/api/v1/daily-reports/form?rep=${server.org.users.r1.id}`)).statusCode,
      ).toBe(404)
    }
    expect(
      (await call('m1', 'GET', `/api/v1/daily-reports?rep=${server.org.users.r1.id}`)).json().items,
    ).toHaveLength(1)
  })

  it('publishes every route of reports from the field in the OpenAPI document, with its schemas', async () => {
    const doc = (await server.app.inject({ url: '/api/v1/openapi.json' })).json()
    for (const path of [
      '/api/v1/daily-reports',
      '/api/v1/daily-reports/form',
      '/api/v1/daily-reports/check-ins',
      '/api/v1/daily-reports/{id}',
      '/api/v1/monthly-reports',
      '/api/v1/monthly-reports/figures',
      '/api/v1/monthly-reports/{id}',
      '/api/v1/monthly-reports/{id}/submit',
      '/api/v1/monthly-reports/{id}/comments',
    ])
      expect(Object.keys(doc.paths)).toContain(path)
    const submit = doc.paths['/api/v1/daily-reports'].post
    expect(Object.keys(submit.responses)).toEqual(expect.arrayContaining(['200', '201', '400', '403']))
    const create = doc.paths['/api/v1/monthly-reports'].post.requestBody.content['application/json'].schema
    expect(create.properties.problems.items.required).toEqual(['problem', 'solution'])
  })

  it('refuses a day after tomorrow, and reports by people who do not sell, writing nothing', async () => {
    const before = await count()
    const ahead = await call(
      'r2',
      'POST',
      '/api/v1/daily-reports',
      { date: '2026-11-29', done: '預先寫好' },
      'zh-TW',
    )
    expect(ahead.statusCode).toBe(400)
    expect(ahead.json().error.details).toEqual([
      { path: 'date', message: '日期：日報只能填今天、最遲明天，或更早的日子。' },
    ])
    const badDate = await call('r2', 'POST', '/api/v1/daily-reports', { date: '2026-02-30', done: 'x' })
    expect(badDate.json().error.details[0].path).toBe('date')
    const empty = await call('r2', 'POST', '/api/v1/daily-reports', { date: TODAY, done: '   ' })
    expect(empty.statusCode).toBe(400)
    for (const nonSeller of ['admin', 'finance', 'auditor'] as const) {
      const refused = await call(nonSeller, 'POST', '/api/v1/daily-reports', { date: TODAY, done: 'x' })
      expect(refused.statusCode).toBe(403)
      expect(refused.json().error.message).toBe(
        'Only sales reps and sales managers write daily and monthly reports.',
      )
    }
    expect(await count()).toBe(before)
    // Tomorrow is still allowed (a time zone's slack), and a late check-in for an earlier day too.
    expect(
      (await call('r2', 'POST', '/api/v1/daily-reports', { date: TOMORROW, done: '提早下班前先寫' }))
        .statusCode,
    ).toBe(201)
    expect(
      (await call('r2', 'POST', '/api/v1/daily-reports', { date: '2026-11-20', done: '補寫' })).statusCode,
    ).toBe(201)
    // Admins name a rep for the form; they have no day of their own.
    expect((await call('admin', 'GET', '/api/v1/daily-reports/form')).statusCode).toBe(400)
  })
})
