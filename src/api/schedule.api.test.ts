import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

/** Scheduling through HTTP: propose, accept, move, drop; roles and bad input in the reader's language. */
describe.each(ENGINES)('schedule API on %s', (engine) => {
  let server: TestServer
  let customerId: string
  beforeAll(async () => {
    server = await startTestServer(engine)
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: { cookie: await server.cookie('r1') },
      payload: { name: '排程客戶', status: 'active', meetingStyle: 'formal', preferredWeekdays: [2] },
    })
    customerId = created.json().id
  })
  afterAll(async () => server.close())

  it('goes around a visit planned in the visits module, and does not propose its customer again', async () => {
    const cookie = await server.cookie('r2')
    const create = async (name: string) =>
      (
        await server.app.inject({
          method: 'POST',
          url: '/api/v1/customers',
          headers: { cookie },
          payload: { name, status: 'active', meetingStyle: 'formal', preferredWeekdays: [2] },
        })
      ).json().id as string
    const visited = await create('已約拜訪客戶')
    const other = await create('另一位客戶')
    const visit = await server.app.inject({
      method: 'POST',
      url: '/api/v1/visits',
      headers: { cookie },
      payload: {
        customerId: visited,
        date: '2026-12-01',
        startTime: '09:00',
        endTime: '10:30',
        objectives: [{ kind: 'relationship', text: '年底拜訪' }],
      },
    })
    expect(visit.statusCode).toBe(201)
    const week = (
      await server.app.inject({ url: '/api/v1/schedule?week=2026-12-01', headers: { cookie } })
    ).json()
    // Without the visit, the other customer would be proposed at 09:00 on Tuesday, like r1's above.
    expect(week.proposed).toMatchObject([{ customerId: other, date: '2026-12-01', start: '10:30' }])
  })

  it('proposes the new customer on its preferred day, accepts, moves and drops the slot', async () => {
    const cookie = await server.cookie('r1')
    const week = await server.app.inject({ url: '/api/v1/schedule?week=2026-12-04', headers: { cookie } })
    expect(week.statusCode).toBe(200)
    expect(week.json()).toMatchObject({
      weekStart: '2026-11-30',
      proposed: [
        { customerId, date: '2026-12-01', start: '09:00', end: '10:30', dueReason: 'never_followed_up' },
      ],
      unplaced: [],
      accepted: [],
    })
    const accepted = await server.app.inject({
      method: 'POST',
      url: '/api/v1/schedule/slots',
      headers: { cookie },
      payload: { customerId, date: '2026-12-01', start: '09:00', end: '10:30' },
    })
    expect(accepted.statusCode).toBe(201)
    expect(accepted.headers.etag).toBe('"1"')
    const id = accepted.json().id
    const clash = await server.app.inject({
      method: 'POST',
      url: '/api/v1/schedule/slots',
      headers: { cookie, 'accept-language': 'zh-TW' },
      payload: { customerId, date: '2026-12-01', start: '10:00', end: '10:30' },
    })
    expect(clash.statusCode).toBe(422)
    expect(clash.json().error.message).toBe('與 2026-12-01 09:00–10:30 已排定的 排程客戶 拜訪時間重疊。')
    const after = (
      await server.app.inject({ url: '/api/v1/schedule?week=2026-11-30', headers: { cookie } })
    ).json()
    expect(after.proposed).toEqual([])
    expect(after.accepted).toMatchObject([{ id, status: 'accepted', tier: 'C' }])

    const stale = await server.app.inject({
      method: 'PATCH',
      url: `/api/v1/schedule/slots/${id}`,
      headers: { cookie, 'if-match': '"7"' },
      payload: { date: '2026-12-02', start: '14:00', end: '15:30' },
    })
    expect(stale.statusCode).toBe(412)
    const moved = await server.app.inject({
      method: 'PATCH',
      url: `/api/v1/schedule/slots/${id}`,
      headers: { cookie, 'if-match': '"1"' },
      payload: { date: '2026-12-02', start: '14:00', end: '15:30' },
    })
    expect(moved.statusCode).toBe(200)
    expect(moved.json()).toMatchObject({ date: '2026-12-02', start: '14:00', version: 2 })
    const dropped = await server.app.inject({
      method: 'DELETE',
      url: `/api/v1/schedule/slots/${id}`,
      headers: { cookie },
    })
    expect(dropped.statusCode).toBe(200)
    expect(dropped.json()).toMatchObject({ status: 'dropped', version: 3 })
    const last = (
      await server.app.inject({ url: '/api/v1/schedule?week=2026-11-30', headers: { cookie } })
    ).json()
    expect(last.unplaced).toMatchObject([{ customerId, reason: 'dropped', slotId: id }])
  })

  it('answers each role: a manager names a rep of the team, another rep and finance may not', async () => {
    const rep = server.org.users.r1.id
    const get = async (who: 'm1' | 'r2' | 'r3' | 'finance' | 'auditor' | 'admin', query: string) =>
      server.app.inject({ url: `/api/v1/schedule?${query}`, headers: { cookie: await server.cookie(who) } })
    expect((await get('m1', `rep=${rep}&week=2026-11-30`)).json().repName).toBe('R1')
    expect((await get('admin', `rep=${rep}`)).statusCode).toBe(200)
    expect((await get('r2', `rep=${rep}`)).statusCode).toBe(404)
    expect((await get('r3', `rep=${rep}`)).statusCode).toBe(404)
    expect((await get('finance', `rep=${rep}`)).statusCode).toBe(403)
    expect((await get('auditor', `rep=${rep}`)).statusCode).toBe(403)
    expect((await server.app.inject({ url: '/api/v1/schedule' })).statusCode).toBe(401)
  })

  it('refuses a week that is no date and a slot ending before it starts, in the reader’s language', async () => {
    const cookie = await server.cookie('r1')
    const badWeek = await server.app.inject({
      url: '/api/v1/schedule?week=2026-02-30',
      headers: { cookie, 'accept-language': 'zh-CN' },
    })
    expect(badWeek.statusCode).toBe(400)
    expect(badWeek.json().error.details).toEqual([
      { path: 'week', message: '周必须是存在的日期，格式为 YYYY-MM-DD。' },
    ])
    const post = (payload: object) =>
      server.app.inject({ method: 'POST', url: '/api/v1/schedule/slots', headers: { cookie }, payload })
    const backwards = await post({ customerId, date: '2026-12-01', start: '11:00', end: '10:00' })
    expect(backwards.statusCode).toBe(400)
    expect(backwards.json().error.details).toEqual([
      { path: 'end', message: 'The end must be after the start.' },
    ])
    const unknown = await post({ customerId, date: '2026-12-01', start: '10:00', end: '11:00', room: 'A' })
    expect(unknown.json().error.details.map((d: { path: string }) => d.path)).toEqual(['room'])
    const missing = await server.app.inject({
      method: 'DELETE',
      url: '/api/v1/schedule/slots/nope',
      headers: { cookie },
    })
    expect(missing.statusCode).toBe(404)
  })
})
