import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readZip, slideText, slideXml } from '../test-support/read-zip'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

type User = 'admin' | 'boss' | 'm1' | 'r1' | 'r2' | 'r3' | 'finance' | 'auditor'
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'

/**
 * The year-end summary deck (issue 7) through HTTP: who may see which deck, the outline with its
 * facts, texts kept per author, a year without data, and bad input. Now is 2026-11-27 in Taipei.
 */
describe.each(ENGINES)('year-end deck API on %s', (engine) => {
  let server: TestServer
  const as = async (
    who: User,
    url: string,
    init: { method?: 'GET' | 'PUT' | 'POST'; payload?: object } = {},
  ) =>
    server.app.inject({
      url,
      method: init.method ?? 'GET',
      payload: init.payload,
      headers: { cookie: await server.cookie(who) },
    })
  const order = async (who: User, customerId: string, number: string, orderDate: string, total: number) =>
    expect(
      (await as(who, '/api/v1/orders', { method: 'POST', payload: { number, customerId, orderDate, total } }))
        .statusCode,
    ).toBe(201)
  const texts = async () =>
    Number(
      (
        await server.database.db
          .selectFrom('year_end_texts')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )

  beforeAll(async () => {
    server = await startTestServer(engine)
    const customer = async (who: User, name: string) =>
      (await as(who, '/api/v1/customers', { method: 'POST', payload: { name, status: 'active' } })).json()
        .id as string
    const bakery = await customer('r1', '九龍烘焙坊')
    const tea = await customer('r1', '山嵐茶行')
    const port = await customer('r3', '港都貿易')
    await order('r1', bakery, 'SO-2025-1', '2025-04-10', 50_000)
    await order('r1', bakery, 'SO-2026-1', '2026-03-05', 120_000)
    await order('r1', tea, 'SO-2026-2', '2026-06-01', 30_000)
    await order('r3', port, 'SO-2026-3', '2026-02-01', 80_000)
    const collected = await as('r1', '/api/v1/collections', {
      method: 'POST',
      payload: { customerId: bakery, collectedOn: '2026-04-01', amount: 100_000, method: 'transfer' },
    })
    expect(collected.statusCode).toBe(201)
    // An approved entertainment expense of 120.00 in March.
    const expense = (
      await as('r1', '/api/v1/expenses', {
        method: 'POST',
        payload: { expenseDate: '2026-03-08', category: 'entertainment', amount: 12_000 },
      })
    ).json()
    const step = async (who: User, action: string, version: number) =>
      server.app.inject({
        method: 'POST',
        url: `/api/v1/expenses/${expense.id}/${action}`,
        payload: {},
        headers: { cookie: await server.cookie(who), 'if-match': `"${version}"` },
      })
    expect((await step('r1', 'submit', 1)).statusCode).toBe(200)
    expect((await step('m1', 'approve', 2)).statusCode).toBe(200)
  })
  afterAll(async () => server.close())

  it('gives the company deck to an admin as a PowerPoint file with native charts and their data', async () => {
    const response = await as('admin', '/api/v1/reports/year-end?year=2026&lang=en')
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe(PPTX)
    expect(response.headers['content-disposition']).toBe('attachment; filename="year-end-2026-company.pptx"')
    const zip = readZip(response.rawPayload)
    const charts = [...zip.keys()].filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
    expect(charts.length).toBeGreaterThanOrEqual(5)
    // Each chart carries its data in an embedded workbook, so it stays editable in PowerPoint.
    expect([...zip.keys()].filter((n) => /^ppt\/embeddings\/.+\.xlsx$/.test(n)).length).toBe(charts.length)
    const slides = slideXml(zip)
    expect(slideText(slides[0] as string)).toContain('2026 Year-End Summary')
    expect(slides.some((x) => slideText(x).includes('Sales bridge'))).toBe(true)
    // The expense review's pie: approved expenses by category, with their amounts as its data.
    const pie = charts
      .map((n) => (zip.get(n) as Buffer).toString('utf8'))
      .find((x) => x.includes('<c:pieChart>'))
    expect(pie).toContain('<c:v>Entertainment</c:v>')
    expect(pie).toContain('<c:v>120</c:v>')
    // Every run of text carries the language's tag.
    expect(slides.every((x) => !/lang="(?!en-US)/.test(x))).toBe(true)
  })

  it('outlines the deck: its slides, the generated facts and the problems, before it is made', async () => {
    const outline = (await as('admin', '/api/v1/reports/year-end/outline?year=2026&lang=zh-Hant')).json()
    expect(outline).toMatchObject({
      year: 2026,
      period: { from: '2026-01-01', to: '2026-12-31' },
      previous: { from: '2025-01-01', to: '2025-12-31' },
      scope: { kind: 'company', text: 'company', name: 'Abacus' },
      lang: 'zh-Hant',
      hasData: true,
      texts: { positive: '', negative: '', problems: '', plan: '' },
      textsSavedAt: null,
    })
    expect(outline.slides[0]).toEqual({ section: 'cover', title: '2026 年終總結' })
    expect(outline.slides.map((s: { title: string }) => s.title)).toContain('銷售增減瀑布圖')
    // Sales 2026 (2,300.00) against 2025 (500.00): up, a positive factor.
    expect(outline.facts.positive.join('\n')).toContain('2026年銷售額比2025年高 360%')
  })

  it('narrows each role to what it may see: a rep their own year, a manager their tree', async () => {
    const rep = (await as('r1', '/api/v1/reports/year-end/outline?year=2026')).json()
    expect(rep.scope).toEqual({ kind: 'rep', text: 'rep:r1@test.tw', name: 'R1' })
    const status = async (who: User, scope: string) =>
      (await as(who, `/api/v1/reports/year-end/outline?year=2026&scope=${encodeURIComponent(scope)}`))
        .statusCode
    expect(await status('r1', 'rep:r2@test.tw')).toBe(404)
    expect(await status('r1', 'team:m1@test.tw')).toBe(404)
    expect(await status('r1', 'company')).toBe(403)
    expect(await status('m1', 'team:m1@test.tw')).toBe(200)
    expect(await status('m1', 'rep:r1@test.tw')).toBe(200)
    expect(await status('m1', 'rep:r3@test.tw')).toBe(404)
    expect(await status('m1', 'company')).toBe(403)
    expect(await status('boss', 'rep:r3@test.tw')).toBe(200)
    expect(await status('finance', 'company')).toBe(200)
    // The auditor reads no money, so makes no deck: not the company's, not a team's.
    expect(await status('auditor', 'team:m1@test.tw')).toBe(403)
    expect(await status('auditor', 'company')).toBe(403)
    const refused = await as('m1', '/api/v1/reports/year-end/outline?year=2026&scope=team:r1@test.tw')
    expect(refused.statusCode).toBe(400)
    expect(refused.json().error.message).toBe(
      'r1@test.tw is not a sales manager: a team deck (team:EMAIL) needs one.',
    )
    const outside = await as('m1', '/api/v1/reports/year-end?year=2026&scope=rep:r3@test.tw')
    expect(outside.json().error.message).toBe('r3@test.tw is not a sales rep or sales manager you may see.')
    // The team's deck counts only its customers: r1's 1,500.00 in 2026, not r3's.
    const team = (
      await as('m1', '/api/v1/reports/year-end/outline?year=2026&scope=team:m1@test.tw&lang=en')
    ).json()
    expect(team.facts.positive.join(' ')).toContain(
      'Sales 2026 were 200% higher than 2025 (1,500.00 against 500.00).',
    )
  })

  it('says so in the deck when the year has no data, rather than drawing empty charts', async () => {
    const response = await as('admin', '/api/v1/reports/year-end?year=2020&lang=en')
    expect(response.statusCode).toBe(200)
    const zip = readZip(response.rawPayload)
    expect([...zip.keys()].filter((n) => /^ppt\/charts\/.+\.xml$/.test(n))).toEqual([])
    const slides = slideXml(zip).map(slideText)
    expect(slides).toHaveLength(2)
    expect(slides[1]).toContain('No data for 2020')
    expect(slides[1]).toContain('Nothing was recorded for Abacus in 2020')
    expect((await as('admin', '/api/v1/reports/year-end/outline?year=2020')).json().hasData).toBe(false)
  })

  it('documents its three routes in the OpenAPI document', async () => {
    const doc = (await server.app.inject({ url: '/api/v1/openapi.json' })).json()
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/reports/year-end',
        '/api/v1/reports/year-end/outline',
        '/api/v1/reports/year-end/texts',
      ]),
    )
    expect(Object.keys(doc.paths['/api/v1/reports/year-end/outline'].get.responses)).toEqual(
      expect.arrayContaining(['200', '400', '403', '404']),
    )
  })

  it('refuses a bad year, an unknown scope or person, with the field named', async () => {
    const bad = async (query: string) => {
      const response = await as('admin', `/api/v1/reports/year-end/outline?${query}`)
      return {
        status: response.statusCode,
        details: response.json().error.details,
        message: response.json().error.message,
      }
    }
    expect(await bad('year=1999')).toMatchObject({
      status: 400,
      details: [{ path: 'year', message: 'Year must be a year from 2000 to 2026.' }],
    })
    expect((await bad('year=2027')).status).toBe(400)
    expect(await bad('year=abc')).toMatchObject({ status: 400, details: [{ path: 'year' }] })
    expect(await bad('year=2026&scope=region:north')).toMatchObject({
      status: 400,
      details: [{ path: 'scope', message: 'Scope: write company, team:EMAIL or rep:EMAIL.' }],
    })
    expect(await bad('year=2026&scope=rep:nobody@test.tw')).toMatchObject({
      status: 404,
      message: 'nobody@test.tw is not a sales rep or sales manager you may see.',
    })
    expect((await as('admin', '/api/v1/reports/year-end?scope=company')).statusCode).toBe(400)
  })

  it("keeps each author's texts for the qualitative slides and prefills them next time", async () => {
    const url = '/api/v1/reports/year-end/texts'
    const saved = await as('r1', url, {
      method: 'PUT',
      payload: {
        year: 2026,
        positive: '新品上市帶動回購',
        negative: '',
        problems: '樣品不足 → 申請預算',
        plan: '開發 10 家新客戶\r\n每月拜訪 A 類客戶',
      },
    })
    expect(saved.statusCode).toBe(200)
    expect(saved.json()).toMatchObject({
      year: 2026,
      scope: 'rep:r1@test.tw',
      plan: '開發 10 家新客戶\n每月拜訪 A 類客戶',
    })
    const outline = (await as('r1', '/api/v1/reports/year-end/outline?year=2026')).json()
    expect(outline.texts).toEqual({
      positive: '新品上市帶動回購',
      negative: '',
      problems: '樣品不足 → 申請預算',
      plan: '開發 10 家新客戶\n每月拜訪 A 類客戶',
    })
    expect(outline.textsSavedAt).toBe('2026-11-27T02:00:00.000Z')
    // Saving again rewrites the same row; the manager's deck of the same rep has texts of their own.
    await as('r1', url, { method: 'PUT', payload: { year: 2026, plan: '開發 12 家新客戶' } })
    expect(await texts()).toBe(1)
    expect(
      (await as('m1', '/api/v1/reports/year-end/outline?year=2026&scope=rep:r1@test.tw')).json().texts.plan,
    ).toBe('')
    // The deck shows them: the plan slide has the rep's plan.
    const deck = readZip((await as('r1', '/api/v1/reports/year-end?year=2026&lang=zh-Hant')).rawPayload)
    expect(
      slideXml(deck)
        .map(slideText)
        .some((s) => s.includes('開發 12 家新客戶')),
    ).toBe(true)
    // Nothing is written for a deck the caller may not see, or with bad input.
    expect(
      (await as('r1', url, { method: 'PUT', payload: { year: 2026, scope: 'rep:r2@test.tw', plan: 'x' } }))
        .statusCode,
    ).toBe(404)
    expect(
      (await as('r1', url, { method: 'PUT', payload: { year: 2026, scope: 'nobody', plan: 'x' } }))
        .statusCode,
    ).toBe(400)
    expect(await texts()).toBe(1)
    const audit = await server.database.db
      .selectFrom('audit_log')
      .select(['action'])
      .where('entity', '=', 'year_end_texts')
      .orderBy('at')
      .execute()
    expect(audit.map((a) => a.action)).toEqual(['create', 'update'])
  })
})
