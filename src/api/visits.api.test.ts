import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

type Who = 'admin' | 'boss' | 'm1' | 'r1' | 'r2' | 'r3' | 'finance' | 'auditor'

/** Visits through HTTP: plan → check-in → review, visibility by role, and bad input refused with nothing written. */
describe.each(ENGINES)('visits API on %s', (engine) => {
  let server: TestServer
  let customerId: string
  let contactId: string
  const call = async (
    who: Who,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: unknown,
    lang = 'en',
  ) =>
    server.app.inject({
      method,
      url,
      headers: { cookie: await server.cookie(who), 'accept-language': lang },
      ...(payload === undefined ? {} : { payload: payload as object }),
    })
  const plan = (extra: Record<string, unknown> = {}) => ({
    customerId,
    date: '2026-11-27',
    startTime: '11:00',
    endTime: '12:00',
    place: '台北市信義路 1 號',
    contactIds: [contactId],
    whyThisTime: '年底採購預算',
    objectives: [
      { kind: 'relationship', text: '認識採購主管' },
      { kind: 'product', text: '介紹新型號' },
    ],
    objections: [{ objection: '價格太高', response: '算給他看三年的維修成本' }],
    materials: ['型錄', '報價單'],
    fabItems: [{ feature: '不鏽鋼機身', advantage: '不生鏽', benefit: '少換零件，省維修費' }],
    ...extra,
  })
  const counts = async () => {
    const db = server.database.db
    const n = async (table: 'visits' | 'follow_ups' | 'visit_actions' | 'visit_fab_items') =>
      Number((await db.selectFrom(table).select(db.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
    return {
      visits: await n('visits'),
      followUps: await n('follow_ups'),
      actions: await n('visit_actions'),
      fab: await n('visit_fab_items'),
    }
  }

  beforeAll(async () => {
    server = await startTestServer(engine)
    const created = await call('r1', 'POST', '/api/v1/customers', {
      name: '拜訪客戶',
      status: 'active',
      interests: ['高爾夫'],
      meetingStyle: 'brief',
      contacts: [{ name: '王經理', title: '採購主管', phone: '0912-345-678' }],
    })
    customerId = created.json().id
    contactId = created.json().contacts[0].id
  })
  afterAll(async () => server.close())

  it('plans, briefs, checks in and reviews a visit; the review creates the follow-up and moves next_due', async () => {
    const planned = await call('r1', 'POST', '/api/v1/visits', plan())
    expect(planned.statusCode).toBe(201)
    const visit = planned.json()
    expect(visit).toMatchObject({
      status: 'planned',
      startTime: '11:00',
      endTime: '12:00',
      startsOn: '2026-11-27',
      repName: 'R1',
      contacts: [{ name: '王經理' }],
      materials: ['型錄', '報價單'],
    })
    expect(visit.fabItems[0]).toMatchObject({ benefit: '少換零件，省維修費' })

    const brief = await call('r1', 'GET', `/api/v1/visits/${visit.id}/brief`)
    expect(brief.statusCode).toBe(200)
    expect(brief.json().customer).toMatchObject({ interests: ['高爾夫'], meetingStyle: 'brief' })
    expect(brief.json().receivable).toEqual({ ordered: 0, collected: 0, receivable: 0 })

    const checkedIn = await call('r1', 'POST', `/api/v1/visits/${visit.id}/check-in`, { place: '客戶公司' })
    expect(checkedIn.statusCode).toBe(200)
    expect(checkedIn.json()).toMatchObject({ status: 'checked_in', checkInPlace: '客戶公司' })

    const [o1, o2] = visit.objectives
    const reviewed = await call('r1', 'POST', `/api/v1/visits/${visit.id}/review`, {
      objectives: [
        { id: o1.id, result: 'yes' },
        { id: o2.id, result: 'partly', reason: '只看了型錄，沒試機' },
      ],
      customerView: '對價格仍有疑慮',
      toImprove: '帶樣機',
      actions: [{ text: '下次帶樣機', dueOn: '2026-12-04' }],
      issues: ['保固期要求三年'],
      nextDate: '2026-12-04',
    })
    expect(reviewed.statusCode).toBe(200)
    const done = reviewed.json()
    expect(done).toMatchObject({ status: 'reviewed', customerView: '對價格仍有疑慮' })
    expect(done.followUpId).toBeTruthy()
    expect(done.actions).toMatchObject([{ text: '下次帶樣機', dueOn: '2026-12-04', doneOn: null }])
    const followUps = (await call('r1', 'GET', `/api/v1/follow-ups?customer=${customerId}`)).json()
    expect(followUps.items[0]).toMatchObject({
      id: done.followUpId,
      channel: 'visit',
      nextDate: '2026-12-04',
    })
    // The customer's cadence moved: it is off today's agenda, next due on the review's next date.
    const cadence = await server.database.db
      .selectFrom('customers')
      .select(['last_follow_up_on', 'next_follow_up_on'])
      .where('id', '=', customerId)
      .executeTakeFirstOrThrow()
    expect(cadence).toEqual({ last_follow_up_on: '2026-11-27', next_follow_up_on: '2026-12-04' })

    // The next plan carries the unfinished action and the open issue in.
    const next = (await call('r1', 'POST', '/api/v1/visits', plan({ date: '2026-12-03' }))).json()
    expect(next.carriedActions.map((a: { text: string }) => a.text)).toEqual(['下次帶樣機'])
    expect(next.carriedIssues.map((i: { text: string }) => i.text)).toEqual(['保固期要求三年'])
    const actions = (await call('r1', 'GET', '/api/v1/visits/actions')).json()
    expect(actions.items).toHaveLength(1)
    const finished = await call('r1', 'POST', `/api/v1/visits/actions/${actions.items[0].id}/done`, {})
    expect(finished.json()).toMatchObject({ doneOn: '2026-11-27', overdue: false })
    const again = await call('r1', 'POST', `/api/v1/visits/actions/${actions.items[0].id}/done`, {})
    expect(again.statusCode).toBe(409)

    const metrics = (await call('m1', 'GET', '/api/v1/visits/metrics?from=2026-11-01&to=2026-11-30')).json()
    expect(metrics.rows.find((r: { repName: string }) => r.repName === 'R1')).toMatchObject({
      objectivesPlanned: 2,
      objectivesAchieved: 1,
      objectivesPartly: 1,
      reviewsDue: 1,
      reviewsOnTime: 1,
    })
  })

  it('shows a rep their own visits, a manager their tree’s, admin, finance and the auditor all; only writers write', async () => {
    const visit = (await call('r1', 'POST', '/api/v1/visits', plan({ date: '2026-11-30' }))).json()
    const sees = async (who: Who) =>
      (await call(who, 'GET', '/api/v1/visits?limit=200'))
        .json()
        .items.some((v: { id: string }) => v.id === visit.id)
    expect(await sees('r1')).toBe(true)
    expect(await sees('m1')).toBe(true)
    expect(await sees('boss')).toBe(true)
    expect(await sees('admin')).toBe(true)
    expect(await sees('finance')).toBe(true)
    expect(await sees('auditor')).toBe(true)
    expect(await sees('r2')).toBe(false)
    expect(await sees('r3')).toBe(false)
    expect((await call('r2', 'GET', `/api/v1/visits/${visit.id}`)).statusCode).toBe(404)
    expect((await call('r3', 'GET', `/api/v1/visits/${visit.id}/brief`)).statusCode).toBe(404)
    expect((await call('finance', 'POST', `/api/v1/visits/${visit.id}/check-in`, {})).statusCode).toBe(403)
    expect((await call('auditor', 'POST', `/api/v1/visits/${visit.id}/cancel`, {})).statusCode).toBe(403)
    expect((await call('finance', 'POST', '/api/v1/visits', plan())).statusCode).toBe(403)
    // r2 may not plan a visit to r1's customer; m1 plans one for r1.
    expect((await call('r2', 'POST', '/api/v1/visits', plan())).statusCode).toBe(400)
    const byManager = await call('m1', 'POST', '/api/v1/visits', plan({ repId: undefined }))
    expect(byManager.statusCode).toBe(201)
    expect(byManager.json().repName).toBe('M1')
    expect(
      (await call('m1', 'POST', `/api/v1/visits/${visit.id}/cancel`, { reason: '客戶出差' })).json().status,
    ).toBe('cancelled')
    expect((await call('r1', 'POST', '/api/v1/visits/sweep')).statusCode).toBe(403)
    expect((await call('admin', 'POST', '/api/v1/visits/sweep')).json()).toEqual({ missed: 0 })
  })

  it('refuses a FAB item without a benefit, in Traditional Chinese, writing nothing', async () => {
    const before = await counts()
    const bad = await call(
      'r1',
      'POST',
      '/api/v1/visits',
      plan({ fabItems: [{ feature: '不鏽鋼機身', advantage: '不生鏽' }] }),
      'zh-TW',
    )
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.details).toEqual([
      { path: 'fabItems.0.benefit', message: 'FAB 要點 #1 利益為必填：每個 FAB 要點都要寫出給客戶的利益。' },
    ])
    const blank = await call('r1', 'POST', '/api/v1/visits', plan({ fabItems: [{ benefit: '  ' }] }))
    expect(blank.json().error.details[0].path).toBe('fabItems.0.benefit')
    expect(await counts()).toEqual(before)
  })

  it('refuses a check-in on a cancelled plan with a clear error', async () => {
    const visit = (await call('r1', 'POST', '/api/v1/visits', plan({ date: '2026-12-01' }))).json()
    await call('r1', 'POST', `/api/v1/visits/${visit.id}/cancel`, {})
    const refused = await call('r1', 'POST', `/api/v1/visits/${visit.id}/check-in`, {}, 'zh-TW')
    expect(refused.statusCode).toBe(422)
    expect(refused.json().error.message).toBe('這個拜訪計劃已取消，不能簽到或修改。')
    expect((await call('r1', 'GET', `/api/v1/visits/${visit.id}`)).json()).toMatchObject({
      status: 'cancelled',
      checkedInAt: null,
    })
  })

  it('refuses a review without every objective’s result, or an action without a due date, writing nothing', async () => {
    const visit = (
      await call(
        'r1',
        'POST',
        '/api/v1/visits',
        plan({ date: '2026-11-27', startTime: '13:00', endTime: '14:00' }),
      )
    ).json()
    const early = await call('r1', 'POST', `/api/v1/visits/${visit.id}/review`, { objectives: [] })
    expect(early.statusCode).toBe(422)
    expect(early.json().error.message).toBe(
      'Check in first: only a visit that was checked in can be reviewed.',
    )
    await call('r1', 'POST', `/api/v1/visits/${visit.id}/check-in`, {})
    const before = await counts()
    const [o1, o2] = visit.objectives
    const missing = await call('r1', 'POST', `/api/v1/visits/${visit.id}/review`, {
      objectives: [{ id: o1.id, result: 'no' }],
      actions: [{ text: '再約', dueOn: '2026-12-10' }],
    })
    expect(missing.statusCode).toBe(400)
    expect(missing.json().error).toMatchObject({
      message: 'The review is not complete: every objective needs a result.',
      details: [
        {
          path: 'objectives.0.reason',
          message: 'Objectives #1 Reason: say why, when an objective was not achieved.',
        },
        {
          path: 'objectives.1.result',
          message: 'Objectives #2 Result: give every objective a result (achieved, partly or not achieved).',
        },
      ],
    })
    const noDue = await call('r1', 'POST', `/api/v1/visits/${visit.id}/review`, {
      objectives: [
        { id: o1.id, result: 'yes' },
        { id: o2.id, result: 'yes' },
      ],
      actions: [{ text: '再約' }],
    })
    expect(noDue.statusCode).toBe(400)
    expect(noDue.json().error.details).toEqual([
      {
        path: 'actions.0.dueOn',
        message: 'Improvement actions #1 Due date is required: every improvement action needs a due date.',
      },
    ])
    expect(await counts()).toEqual(before)
    expect((await call('r1', 'GET', `/api/v1/visits/${visit.id}`)).json()).toMatchObject({
      status: 'checked_in',
      followUpId: null,
    })
  })
})
