import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

const eventsOf = (body: string) =>
  new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))

/** The private calendar feed: made and rotated with a session, read with nothing but its URL. */
describe.each(ENGINES)('calendar feed API on %s', (engine) => {
  let server: TestServer
  let customerId: string
  beforeAll(async () => {
    server = await startTestServer(engine)
    const cookie = await server.cookie('r1')
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: { cookie },
      payload: { name: 'Harbour; Foods, Ltd', status: 'active', phone: '02-2345-6789' },
    })
    customerId = created.json().id
    const now = '2026-11-27T02:00:00.000Z'
    const { db } = server.database
    await db
      .insertInto('collection_plans')
      .values({
        id: 'plan-1',
        customer_id: customerId,
        order_id: null,
        owner_id: server.org.users.r1.id,
        due_on: '2026-12-03',
        amount_minor: 1_234_500,
        note: null,
        version: 1,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute()
    for (const [id, status] of [
      ['slot-accepted', 'accepted'],
      ['slot-proposed', 'proposed'],
    ] as const)
      await db
        .insertInto('planned_follow_ups')
        .values({
          id,
          rep_id: server.org.users.r1.id,
          customer_id: customerId,
          on_date: '2026-12-01',
          start_time: '14:00',
          end_time: '14:30',
          status,
          version: 1,
          created_at: now,
          updated_at: now,
        })
        .execute()
    // A visit on 12-02 at 10:00–11:00 in Taipei; a cancelled one is not in the calendar.
    for (const [id, status] of [
      ['visit-1', 'planned'],
      ['visit-2', 'cancelled'],
    ] as const)
      await db
        .insertInto('visits')
        .values({
          id,
          customer_id: customerId,
          rep_id: server.org.users.r1.id,
          starts_at: '2026-12-02T02:00:00.000Z',
          ends_at: '2026-12-02T03:00:00.000Z',
          starts_on: '2026-12-02',
          place: '台北市信義路 5 段',
          status,
          version: 1,
          created_at: now,
          updated_at: now,
        })
        .execute()
  })
  afterAll(async () => server.close())

  it('serves the feed without a cookie: the agenda of the next 14 days, read back by ical.js', async () => {
    const cookie = await server.cookie('r1')
    const made = await server.app.inject({
      method: 'POST',
      url: '/api/v1/calendar/feed',
      headers: { cookie },
    })
    expect(made.statusCode).toBe(201)
    const { path } = made.json()
    expect(path).toMatch(/^\/api\/v1\/calendar\/cal_[\w-]{40,}\.ics$/)
    const feed = await server.app.inject({ url: path, headers: { 'accept-language': 'zh-TW' } })
    expect(feed.statusCode).toBe(200)
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8')
    expect(feed.body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    const events = eventsOf(feed.body)
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.summary])).toEqual([
      // The accepted slot (14:00 in Taipei is 06:00 UTC); the proposed one is not in the calendar,
      // and the customer it plans for has no separate all-day event.
      ['planned-follow-up-slot-accepted@abacus', '2026-12-01T06:00:00Z', '已排定跟進：Harbour; Foods, Ltd'],
      ['visit-visit-1@abacus', '2026-12-02T02:00:00Z', '拜訪：Harbour; Foods, Ltd'],
      ['collection-plan-plan-1@abacus', '2026-12-03', '回款計劃：Harbour; Foods, Ltd，12,345.00'],
    ])
    expect(events[0]?.startDate.isDate).toBe(false)
    expect([events[1]?.endDate.toString(), events[1]?.description]).toEqual([
      '2026-12-02T03:00:00Z',
      '地點：台北市信義路 5 段',
    ])
    expect(events[2]?.startDate.isDate).toBe(true)
  })

  it('puts a due customer on its due date, an overdue one today', async () => {
    const { db } = server.database
    await db.deleteFrom('planned_follow_ups').execute()
    await db.deleteFrom('visits').execute()
    const cookie = await server.cookie('r1')
    const { path } = (
      await server.app.inject({ method: 'POST', url: '/api/v1/calendar/feed', headers: { cookie } })
    ).json()
    const today = eventsOf((await server.app.inject({ url: path })).body)[0]
    expect([today?.uid, today?.startDate.toString(), today?.summary]).toEqual([
      `follow-up-${customerId}@abacus`,
      '2026-11-27',
      'Follow up Harbour; Foods, Ltd (C)',
    ])
    expect(today?.description).toBe('Phone: 02-2345-6789\nNever followed up\nNext follow-up: 2026-11-27')
    await db
      .updateTable('customers')
      .set({ assigned_at: '2026-11-20' })
      .where('id', '=', customerId)
      .execute()
    const late = eventsOf((await server.app.inject({ url: path })).body)[0]
    expect([late?.startDate.toString(), late?.summary]).toEqual([
      '2026-11-27',
      'Follow up Harbour; Foods, Ltd (C, 7 d overdue)',
    ])
  })

  it('answers 404 to a wrong token, a replaced one and a stopped feed', async () => {
    const cookie = await server.cookie('r1')
    const first = (
      await server.app.inject({ method: 'POST', url: '/api/v1/calendar/feed', headers: { cookie } })
    ).json()
    expect((await server.app.inject({ url: '/api/v1/calendar/cal_wrong.ics' })).statusCode).toBe(404)
    expect((await server.app.inject({ url: first.path.replace('.ics', '') })).statusCode).toBe(404)
    const second = (
      await server.app.inject({ method: 'POST', url: '/api/v1/calendar/feed', headers: { cookie } })
    ).json()
    expect((await server.app.inject({ url: first.path })).statusCode).toBe(404)
    expect((await server.app.inject({ url: second.path })).statusCode).toBe(200)
    const status = (await server.app.inject({ url: '/api/v1/calendar/feed', headers: { cookie } })).json()
    expect(status).toMatchObject({ active: true, lastUsedAt: '2026-11-27T02:00:00.000Z' })
    const stopped = await server.app.inject({
      method: 'DELETE',
      url: '/api/v1/calendar/feed',
      headers: { cookie },
    })
    expect(stopped.statusCode).toBe(204)
    expect((await server.app.inject({ url: second.path })).statusCode).toBe(404)
    expect(
      (await server.app.inject({ url: '/api/v1/calendar/feed', headers: { cookie } })).json().active,
    ).toBe(false)
  })

  it('makes feeds only for a signed-in user, and stops a disabled user’s feed', async () => {
    expect((await server.app.inject({ method: 'POST', url: '/api/v1/calendar/feed' })).statusCode).toBe(401)
    const cookie = await server.cookie('r2')
    const { path } = (
      await server.app.inject({ method: 'POST', url: '/api/v1/calendar/feed', headers: { cookie } })
    ).json()
    expect((await server.app.inject({ url: path })).statusCode).toBe(200)
    await server.database.db
      .updateTable('users')
      .set({ disabled_at: '2026-11-27T00:00:00Z' })
      .where('id', '=', server.org.users.r2.id)
      .execute()
    expect((await server.app.inject({ url: path })).statusCode).toBe(404)
  })
})

/** Coverage and the team monitor over HTTP: each role's view, and bad input. */
describe.each(ENGINES)('team monitor API on %s', (engine) => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer(engine)
  })
  afterAll(async () => server.close())

  it('answers each role with the reps it may see, and 404 for a rep outside', async () => {
    const get = async (who: 'r1' | 'm1' | 'finance', url: string) =>
      server.app.inject({ url, headers: { cookie: await server.cookie(who) } })
    const names = (body: { reps: { repName: string }[] }) => body.reps.map((r) => r.repName)
    expect(names((await get('r1', '/api/v1/team-monitor')).json())).toEqual(['R1'])
    expect(names((await get('m1', '/api/v1/team-monitor?from=2026-11-01&to=2026-11-30')).json())).toEqual([
      'M1',
      'R1',
      'R2',
    ])
    expect(names((await get('finance', '/api/v1/coverage')).json())).toHaveLength(5)
    const outside = await get(
      'm1',
      `/api/v1/team-monitor/customers?rep=${server.org.users.r3.id}&what=overdue`,
    )
    expect(outside.statusCode).toBe(404)
    const inside = await get(
      'm1',
      `/api/v1/team-monitor/customers?rep=${server.org.users.r1.id}&what=untouched&tier=A`,
    )
    expect(inside.json()).toMatchObject({ repName: 'R1', what: 'untouched', items: [] })
  })

  it('refuses an unknown drill-down and a period backwards, in the reader’s language', async () => {
    const cookie = await server.cookie('m1')
    const bad = await server.app.inject({
      url: `/api/v1/team-monitor/customers?rep=${server.org.users.r1.id}&what=everything`,
      headers: { cookie },
    })
    expect(bad.statusCode).toBe(400)
    const backwards = await server.app.inject({
      url: '/api/v1/coverage?from=2026-11-30&to=2026-11-01',
      headers: { cookie, 'accept-language': 'zh-TW' },
    })
    expect(backwards.statusCode).toBe(400)
    expect(backwards.json().error.details).toEqual([{ path: 'to', message: '期間的結束日不可早於開始日。' }])
    expect((await server.app.inject({ url: '/api/v1/team-monitor' })).statusCode).toBe(401)
  })
})
