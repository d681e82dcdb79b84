import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

/** Follow-ups and the agenda through HTTP: logged, listed, and bad input refused in the reader's language. */
describe.each(ENGINES)('follow-ups API on %s', (engine) => {
  let server: TestServer
  let customerId: string
  beforeAll(async () => {
    server = await startTestServer(engine)
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: { cookie: await server.cookie('r1') },
      payload: { name: '跟進客戶', status: 'active' },
    })
    customerId = created.json().id
  })
  afterAll(async () => server.close())

  it('logs a follow-up, which takes the new customer off today’s agenda', async () => {
    const cookie = await server.cookie('r1')
    const before = (await server.app.inject({ url: '/api/v1/agenda', headers: { cookie } })).json()
    expect(before.items.map((i: { customerId: string }) => i.customerId)).toContain(customerId)
    const logged = await server.app.inject({
      method: 'POST',
      url: '/api/v1/follow-ups',
      headers: { cookie },
      payload: {
        customerId,
        channel: 'visit',
        summary: '拜訪，談新產品',
        durationMinutes: 45,
        nextDate: '2026-12-01',
      },
    })
    expect(logged.statusCode).toBe(201)
    expect(logged.json()).toMatchObject({
      channel: 'visit',
      happenedOn: '2026-11-27',
      nextDate: '2026-12-01',
      repName: 'R1',
    })
    const after = (await server.app.inject({ url: '/api/v1/agenda', headers: { cookie } })).json()
    expect(after.items.map((i: { customerId: string }) => i.customerId)).not.toContain(customerId)
    const timeline = (
      await server.app.inject({ url: `/api/v1/customers/${customerId}/timeline`, headers: { cookie } })
    ).json()
    expect(timeline.items[0]).toMatchObject({ kind: 'follow_up', title: '拜訪，談新產品' })
  })

  it('shows the day’s visits still to make or to review, in time order, with the clock’s status, after reviews owed', async () => {
    // Now is 10:00 in Taipei: the 09:00 plan never checked in is missed; cancelled and tomorrow's are not shown.
    const visit = (id: string, day: string, start: string, end: string, status: string) =>
      server.database.db
        .insertInto('visits')
        .values({
          id,
          customer_id: customerId,
          rep_id: server.org.users.r1.id,
          starts_at: `${day}T${start}:00.000Z`,
          ends_at: `${day}T${end}:00.000Z`,
          starts_on: day,
          place: id === 'v-later' ? '新竹' : null,
          status,
          version: 1,
          created_at: '2026-11-20T00:00:00.000Z',
          updated_at: '2026-11-20T00:00:00.000Z',
        })
        .execute()
    await visit('v-later', '2026-11-27', '07:00', '08:00', 'planned')
    await visit('v-late', '2026-11-27', '01:00', '01:30', 'planned')
    await visit('v-checked', '2026-11-27', '00:00', '01:00', 'checked_in')
    await visit('v-cancelled', '2026-11-27', '03:00', '04:00', 'cancelled')
    await visit('v-tomorrow', '2026-11-28', '03:00', '04:00', 'planned')
    // Earlier: a review owed is listed first (on the 28th, the 27th's too); reviewed, missed or 40
    // days old is not.
    await visit('v-owed', '2026-11-24', '02:00', '03:00', 'checked_in')
    await visit('v-reviewed', '2026-11-25', '02:00', '03:00', 'reviewed')
    await visit('v-missed', '2026-11-25', '04:00', '05:00', 'planned')
    await visit('v-old', '2026-10-18', '02:00', '03:00', 'checked_in')
    const agenda = (
      await server.app.inject({ url: '/api/v1/agenda', headers: { cookie: await server.cookie('r1') } })
    ).json()
    const same = { customerId, customerName: '跟進客戶' }
    expect(agenda.visits).toEqual([
      {
        ...same,
        id: 'v-owed',
        date: '2026-11-24',
        start: '10:00',
        end: '11:00',
        place: null,
        status: 'checked_in',
      },
      {
        ...same,
        id: 'v-checked',
        date: '2026-11-27',
        start: '08:00',
        end: '09:00',
        place: null,
        status: 'checked_in',
      },
      {
        ...same,
        id: 'v-late',
        date: '2026-11-27',
        start: '09:00',
        end: '09:30',
        place: null,
        status: 'missed',
      },
      {
        ...same,
        id: 'v-later',
        date: '2026-11-27',
        start: '15:00',
        end: '16:00',
        place: '新竹',
        status: 'planned',
      },
    ])
    const tomorrow = (
      await server.app.inject({
        url: '/api/v1/agenda?date=2026-11-28',
        headers: { cookie: await server.cookie('r1') },
      })
    ).json()
    expect(tomorrow.visits.map((v: { id: string }) => v.id)).toEqual(['v-owed', 'v-checked', 'v-tomorrow'])
  })

  it('refuses an unknown channel and a negative duration in Traditional Chinese, and a week that is no date', async () => {
    const cookie = await server.cookie('r1')
    const bad = await server.app.inject({
      method: 'POST',
      url: '/api/v1/follow-ups',
      headers: { cookie, 'accept-language': 'zh-TW' },
      payload: { customerId, channel: 'fax', summary: 's', durationMinutes: -1 },
    })
    expect(bad.statusCode).toBe(400)
    expect(
      bad
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['channel', 'durationMinutes'])
    const badDate = await server.app.inject({ url: '/api/v1/agenda?date=2026-02-30', headers: { cookie } })
    expect(badDate.statusCode).toBe(400)
    expect(badDate.json().error.details[0].path).toBe('date')
  })

  it('lets an admin change the organisation’s rules, refusing a B share not above A’s in the reader’s language', async () => {
    const admin = await server.cookie('admin')
    const policy = (
      await server.app.inject({ url: '/api/v1/settings/follow-up-policy', headers: { cookie: admin } })
    ).json()
    const put = (cookie: string, body: unknown, lang = 'en') =>
      server.app.inject({
        method: 'PUT',
        url: '/api/v1/settings/follow-up-policy',
        headers: { cookie, 'accept-language': lang },
        payload: body as object,
      })
    const crossed = await put(admin, { ...policy, abc: { ...policy.abc, shareA: 0.8, shareB: 0.8 } }, 'zh-TW')
    expect(crossed.statusCode).toBe(400)
    expect(crossed.json().error.details).toEqual([
      {
        path: 'abc.shareB',
        message: 'B 類客戶的累計占比必須高於 A 類客戶：B 類客戶排在 A 類之後，累計至其占比為止。',
      },
    ])
    expect((await put(await server.cookie('r1'), policy)).statusCode).toBe(403)
    const saved = await put(admin, { ...policy, intervals: { A: 5, B: 15, C: 30 } })
    expect(saved.statusCode).toBe(200)
    const read = await server.app.inject({
      url: '/api/v1/settings/follow-up-policy',
      headers: { cookie: admin },
    })
    expect(read.json().intervals).toEqual({ A: 5, B: 15, C: 30 })
    expect((await put(admin, policy)).statusCode).toBe(200)
  })
})
