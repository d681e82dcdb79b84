import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { CreateCustomerSchema } from '../contracts/customers'
import type { Db } from '../db/connect'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { createTestOrg, testContext } from '../test-support/test-org'
import { createCustomer } from './customers'
import { pushAgendas, readPushSetting, savePushSetting, scheduledPush } from './reminder-push'

type Received = { path: string; body: unknown }

/** A chat service on 127.0.0.1: records each post and answers with `reply(path)`. */
async function startReceiver(reply: (path: string) => { status: number; body: string }) {
  const received: Received[] = []
  const server: Server = createServer((request, response) => {
    let text = ''
    request.on('data', (chunk: Buffer) => (text += chunk.toString()))
    request.on('end', () => {
      received.push({ path: request.url ?? '', body: JSON.parse(text) as unknown })
      const answer = reply(request.url ?? '')
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

describe.each(ENGINES)('the morning push on %s', (engine) => {
  let database: Db
  let org: Awaited<ReturnType<typeof createTestOrg>>
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  const setting = (path: string, kind: string, enabled = true) =>
    savePushSetting(org.as('admin'), { url: `${receiver.url}${path}`, kind, enabled })

  beforeAll(async () => {
    database = await openTestDatabase(engine)
    org = await createTestOrg(database)
    receiver = await startReceiver((path) =>
      path === '/broken'
        ? { status: 500, body: 'down' }
        : path === '/refused'
          ? { status: 200, body: '{"errcode":93000,"errmsg":"invalid webhook url"}' }
          : { status: 200, body: '{"errcode":0,"errmsg":"ok"}' },
    )
    // R1: one customer due today (assigned today), one overdue since 11-20; R2: one due today.
    for (const [name, who, assigned] of [
      ['台北貿易', 'r1', '2026-11-27'],
      ['Overdue & Co', 'r1', '2026-11-20'],
      ['Kaohsiung Steel', 'r2', '2026-11-27'],
    ] as const) {
      const c = await createCustomer(org.as(who), CreateCustomerSchema.parse({ name, status: 'active' }))
      await database.db
        .updateTable('customers')
        .set({ assigned_at: assigned })
        .where('id', '=', c.id)
        .execute()
    }
    await database.db
      .updateTable('users')
      .set({ lang: 'zh-Hant' })
      .where('id', '=', org.users.r1.id)
      .execute()
  })
  beforeEach(() => {
    receiver.received.length = 0
  })
  afterAll(async () => {
    await receiver.close()
    await database.close()
  })

  it('posts each rep with something due a WeCom markdown message in their language, skipping the others', async () => {
    await setting('/wecom', 'wecom')
    const report = await pushAgendas(org.as('admin'), {})
    // boss, m1 and r3 own nothing due: no message for them.
    expect(report).toEqual({ date: '2026-11-27', kind: 'wecom', sent: 2, skipped: 3, failed: [] })
    expect(receiver.received.map((r) => r.path)).toEqual(['/wecom', '/wecom'])
    const [r1, r2] = receiver.received.map((r) => r.body) as {
      msgtype: string
      markdown: { content: string }
    }[]
    expect(r1?.msgtype).toBe('markdown')
    expect(r1?.markdown.content.split('\n')).toEqual([
      '### R1 的今日待辦（2026-11-27）',
      '**逾期 1 · 今日到期 1 · 回款計劃 0**',
      '> C 類 Overdue & Co：逾期 7 天',
      '> C 類 台北貿易：今日到期',
    ])
    expect(r2?.markdown.content).toContain('C Kaohsiung Steel: due today')
  })

  it('speaks DingTalk, Slack and plain JSON', async () => {
    await setting('/dingtalk', 'dingtalk')
    await pushAgendas(org.as('admin'), {})
    expect(receiver.received[1]?.body).toEqual({
      msgtype: 'markdown',
      markdown: {
        title: "R2's agenda, 2026-11-27",
        text: "### R2's agenda, 2026-11-27\n\n**0 overdue · 1 due today · 0 collection plans due**\n\n- C Kaohsiung Steel: due today",
      },
    })
    await setting('/slack', 'slack')
    await pushAgendas(org.as('admin'), {})
    expect(receiver.received[3]?.body).toEqual({
      text: "*R2's agenda, 2026-11-27*\n0 overdue · 1 due today · 0 collection plans due\n• C Kaohsiung Steel: due today",
    })
    expect((receiver.received[2]?.body as { text: string }).text).toContain('Overdue &amp; Co')
    await setting('/json', 'json')
    await pushAgendas(org.as('admin'), { date: '2026-11-28' })
    expect(receiver.received[4]?.body).toMatchObject({
      date: '2026-11-28',
      repName: 'R1',
      overdue: 2,
      items: [
        { customerName: 'Overdue & Co', daysOverdue: 8 },
        { customerName: '台北貿易', daysOverdue: 1 },
      ],
    })
  })

  it('reports a receiver that fails, refuses or cannot be reached, and carries on', async () => {
    await setting('/broken', 'wecom')
    const broken = await pushAgendas(org.as('admin'), {})
    expect(broken.sent).toBe(0)
    expect(broken.failed).toEqual([
      { repId: org.users.r1.id, repName: 'R1', error: 'HTTP 500: down' },
      { repId: org.users.r2.id, repName: 'R2', error: 'HTTP 500: down' },
    ])
    await setting('/refused', 'dingtalk')
    expect((await pushAgendas(org.as('admin'), {})).failed[0]?.error).toBe(
      'errcode 93000: invalid webhook url',
    )
    const closed = await startReceiver(() => ({ status: 200, body: '' }))
    await closed.close()
    await savePushSetting(org.as('admin'), { url: `${closed.url}/gone`, kind: 'slack', enabled: true })
    const gone = await pushAgendas(org.as('admin'), {})
    expect(gone.failed.map((f) => f.error)).toEqual(['ECONNREFUSED', 'ECONNREFUSED'])
  })

  it('keeps the setting to admins, checks the address, and keeps the key out of the audit log', async () => {
    await expect(readPushSetting(org.as('m1'))).rejects.toMatchObject({ code: 'forbidden' })
    await expect(pushAgendas(org.as('r1'), {})).rejects.toMatchObject({ code: 'forbidden' })
    await expect(
      savePushSetting(org.as('admin'), { url: 'ftp://chat.example/hook', kind: 'wecom', enabled: true }),
    ).rejects.toMatchObject({ issues: [{ path: 'url', key: 'field.invalid_url' }] })
    await expect(
      savePushSetting(org.as('admin'), { url: `${receiver.url}/x`, kind: 'teams', enabled: true }),
    ).rejects.toMatchObject({ issues: [{ path: 'kind' }] })
    await savePushSetting(org.as('admin'), {
      url: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=SECRET',
      kind: 'wecom',
      enabled: false,
    })
    const audit = await database.db
      .selectFrom('audit_log')
      .select('after')
      .where('entity_id', '=', 'reminder_push')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow()
    expect(audit.after).toContain('https://qyapi.weixin.qq.com/…')
    expect(audit.after).not.toContain('SECRET')
  })

  it('runs in the morning only when enabled, as the first admin; pushing needs an address', async () => {
    const base = testContext(database)
    await setting('/wecom', 'wecom', false)
    expect(await scheduledPush(base)).toBeNull()
    expect(receiver.received).toEqual([])
    await setting('/wecom', 'wecom', true)
    expect(await scheduledPush(base)).toMatchObject({ sent: 2, failed: [] })
    await savePushSetting(org.as('admin'), { url: null, kind: 'wecom', enabled: true })
    await expect(pushAgendas(org.as('admin'), {})).rejects.toMatchObject({
      code: 'domain_rule',
      messageKey: 'error.push_not_configured',
    })
  })

  it('puts the day’s visits first, and pushes someone whose only item is a visit', async () => {
    // R3's customer was followed up today, so nothing is due; a visit to it at 14:00 is planned.
    const c = await createCustomer(
      org.as('r3'),
      CreateCustomerSchema.parse({ name: '新竹電機', status: 'active' }),
    )
    await database.db
      .updateTable('customers')
      .set({ last_follow_up_on: '2026-11-27' })
      .where('id', '=', c.id)
      .execute()
    await database.db
      .insertInto('visits')
      .values({
        id: 'visit-r3',
        customer_id: c.id,
        rep_id: org.users.r3.id,
        starts_at: '2026-11-27T06:00:00.000Z',
        ends_at: '2026-11-27T07:00:00.000Z',
        starts_on: '2026-11-27',
        place: '竹北廠',
        status: 'planned',
        version: 1,
        created_at: '2026-11-26T00:00:00.000Z',
        updated_at: '2026-11-26T00:00:00.000Z',
      })
      .execute()
    await setting('/wecom', 'wecom')
    expect(await pushAgendas(org.as('admin'), {})).toMatchObject({ sent: 3, skipped: 2 })
    const r3 = receiver.received[2]?.body as { markdown: { content: string } }
    expect(r3.markdown.content.split('\n')).toEqual([
      "### R3's agenda, 2026-11-27",
      '**Visits: 1 · 0 overdue · 0 due today · 0 collection plans due**',
      '> Visit 14:00–15:00: 新竹電機',
    ])
  })
})
