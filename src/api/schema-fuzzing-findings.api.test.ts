import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MONEY_LIMIT_MINOR } from '../core/money/money-limit'
import { ENGINES } from '../test-support/test-database'
import { startTestServer, type TestServer } from '../test-support/test-server'

type Init = { method?: 'GET' | 'POST'; payload?: string | object; headers?: Record<string, string> }

/** What the schema fuzzer found (issue 9 point 2), pinned one by one so none comes back. */
describe.each(ENGINES)('schema fuzzing findings on %s', (engine) => {
  let server: TestServer
  let customerId: string
  const as = async (url: string, init: Init = {}) =>
    server.app.inject({
      url,
      method: init.method ?? 'GET',
      payload: init.payload,
      headers: { cookie: await server.cookie('r1'), ...init.headers },
    })
  const post = (url: string, payload: object) => as(url, { method: 'POST', payload })

  beforeAll(async () => {
    server = await startTestServer(engine)
    customerId = (await post('/api/v1/customers', { name: 'Dingsheng' })).json().id
  })
  afterAll(async () => server.close())

  it('a second record with the same external id is a 409 naming the field, not a 500', async () => {
    const bodies: [string, object][] = [
      ['/api/v1/orders', { number: 'SO-1', customerId, orderDate: '2026-11-01', total: 100 }],
      ['/api/v1/collections', { customerId, collectedOn: '2026-11-02', amount: 100 }],
      ['/api/v1/expenses', { expenseDate: '2026-11-03', category: 'travel', amount: 100 }],
      ['/api/v1/follow-ups', { customerId, channel: 'phone', summary: 'Called' }],
    ]
    for (const [url, body] of bodies) {
      const first = await post(url, { ...body, externalId: 'ERP-7' })
      expect(first.statusCode, url).toBe(201)
      // Another order number, so only the external id is the same.
      const second = url.endsWith('/orders') ? { ...body, number: 'SO-2' } : body
      const again = await post(url, { ...second, externalId: 'ERP-7' })
      expect(again.statusCode, url).toBe(409)
      expect(again.json().error.details, url).toEqual([{ path: 'externalId', message: expect.any(String) }])
    }
  })

  it('an order whose lines come to more than any amount may be is refused, not stored as a float', async () => {
    const order = (lines: object[]) =>
      post('/api/v1/orders', { number: `SO-${lines.length}-big`, customerId, orderDate: '2026-11-05', lines })
    const line = await order([{ product: 'Press', quantity: 1_000_000_000, unitPrice: 10_000_000 }])
    expect(line.statusCode).toBe(400)
    expect(line.json().error.details.map((d: { path: string }) => d.path)).toEqual(['lines.0'])
    const half = { product: 'Press', quantity: 1, unitPrice: MONEY_LIMIT_MINOR }
    const total = await order([half, half])
    expect(total.statusCode).toBe(400)
    expect(total.json().error.details.map((d: { path: string }) => d.path)).toEqual(['lines'])
    const tooMuch = await post('/api/v1/orders', {
      number: 'SO-limit',
      customerId,
      orderDate: '2026-11-05',
      total: MONEY_LIMIT_MINOR + 1,
    })
    expect(tooMuch.statusCode).toBe(400)
    const orders = await as('/api/v1/orders')
    expect(orders.json().items.every((o: { total: number }) => Number.isSafeInteger(o.total))).toBe(true)
  })

  it('an import sent as JSON or plain text is a 415, not a 500', async () => {
    for (const [type, payload] of [
      ['application/json', '[["Customer Name"],["X"]]'],
      ['text/plain', 'Customer Name\nX'],
    ]) {
      const response = await as('/api/v1/imports/customers', {
        method: 'POST',
        payload,
        headers: { 'content-type': type as string },
      })
      expect(response.statusCode, type).toBe(415)
      expect(response.json().error.code).toBe('unsupported_media_type')
    }
  })

  it('the OpenAPI document gives downloads their file type for 200 and JSON errors for the rest', async () => {
    const doc = (await server.app.inject({ url: '/api/v1/openapi.json' })).json()
    const deck = doc.paths['/api/v1/reports/year-end'].get.responses
    expect(Object.keys(deck['200'].content)).toEqual([
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ])
    expect(Object.keys(deck['404'].content)).toEqual(['application/json'])
    const csv = doc.paths['/api/v1/orders/export.csv'].get.responses
    expect(Object.keys(csv['200'].content)).toEqual(['text/csv'])
    expect(Object.keys(csv['400'].content)).toEqual(['application/json'])
    expect(Object.keys(doc.paths['/api/v1/calendar/{file}'].get.responses['200'].content)).toEqual([
      'text/calendar',
    ])
    expect(doc.paths['/api/v1/customers'].post.responses['415']).toBeDefined()
  })
})
