import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SECURITY_HEADERS } from './security-headers'
import { ENGINES, openTestDatabase } from '../test-support/test-database'
import { TEST_NOW, TEST_PASSWORD, createTestOrg, testConfig } from '../test-support/test-org'
import { recordTrustFigures } from '../test-support/trust-figures'

/**
 * Issue 9 (6): the security headers, CSP included, on EVERY response — every route of the server's
 * own route table (so a new route is checked the day it is added) as anonymous, rep and admin, the
 * built web app and its SPA fallback, swagger-ui, and each way a reply is made outside a route
 * handler: not found, bad URL, malformed or oversized bodies, 401, rate-limited 429, a 500.
 */

// server.ts reads ABACUS_WEB_ROOT when it is imported: a small web root of our own, then the import.
const webRoot = mkdtempSync(join(tmpdir(), 'abacus-headers-web-'))
mkdirSync(join(webRoot, 'assets'))
writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Abacus</title><div id="root"></div>')
writeFileSync(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
writeFileSync(join(webRoot, 'assets', 'index-abc.js'), 'export {}')
const previousWebRoot = process.env.ABACUS_WEB_ROOT
process.env.ABACUS_WEB_ROOT = webRoot
const { buildServer } = await import('./server')
// Read at import; a later test file in this worker must not inherit it.
if (previousWebRoot === undefined) delete process.env.ABACUS_WEB_ROOT
else process.env.ABACUS_WEB_ROOT = previousWebRoot

const SOME_ID = '01900000-0000-7000-8000-000000000000'

type Route = { method: string; url: string }
type Checked = { label: string; status: number; missing: string[] }

/** A request URL for a route pattern: parameters filled with an id that matches nothing. */
const concrete = (pattern: string) =>
  pattern.replace(/:[A-Za-z]+/g, SOME_ID).replace(/\*$/, 'swagger-ui-bundle.js')

const missingHeaders = (response: LightMyRequestResponse) =>
  Object.entries(SECURITY_HEADERS)
    .filter(([name, value]) => response.headers[name] !== value)
    .map(([name]) => name)

afterAll(() => rmSync(webRoot, { recursive: true, force: true }))

describe.each(ENGINES)('security headers on every response (%s)', (engine) => {
  let app: FastifyInstance
  let database: Awaited<ReturnType<typeof openTestDatabase>>
  const routes: Route[] = []
  const checked: Checked[] = []
  const cookies: Record<string, string> = {}

  const check = async (label: string, options: InjectOptions) => {
    const response = await app.inject(options)
    checked.push({ label, status: response.statusCode, missing: missingHeaders(response) })
    return response
  }

  const signIn = async (key: string) => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: `${key}@test.tw`, password: TEST_PASSWORD },
    })
    const session = login.cookies.find((c) => c.name === 'abacus_session')
    cookies[key] = `abacus_session=${session?.value}`
  }

  beforeAll(async () => {
    database = await openTestDatabase(engine)
    await createTestOrg(database)
    app = await buildServer({
      db: database.db,
      engine: database.engine,
      now: () => TEST_NOW,
      config: { ...testConfig, loginMax: 3 },
      serveWeb: true,
      onRoute: (route) => routes.push(route),
    })
    await app.ready()
    for (const key of ['admin', 'r1']) await signIn(key)
  })

  afterAll(async () => {
    await app.close()
    await database.close().catch(() => undefined)
  })

  it('covers every route of the OpenAPI document: the route table is the whole server', async () => {
    const openapi = (await check('openapi.json', { url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>
    }
    const table = new Set(routes.map((r) => `${r.method} ${r.url.replace(/:([A-Za-z]+)/g, '{$1}')}`))
    const documented = Object.entries(openapi.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`),
    )
    expect(documented.length).toBeGreaterThan(100)
    expect(documented.filter((d) => !table.has(d))).toEqual([])
  })

  it('sends them on every route, as anonymous, a rep and an admin', async () => {
    // Signing out ends the session the later calls use: last.
    const ordered = [...routes].sort(
      (a, b) => Number(a.url.endsWith('/logout')) - Number(b.url.endsWith('/logout')),
    )
    for (const who of ['anonymous', 'r1', 'admin'])
      for (const route of ordered) {
        const headers = who === 'anonymous' ? {} : { cookie: cookies[who] as string }
        await check(`${who} ${route.method} ${route.url}`, {
          method: route.method as InjectOptions['method'],
          url: concrete(route.url),
          headers,
        })
      }
  })

  it('sends them on the web app, swagger-ui, and replies made outside any route handler', async () => {
    await signIn('admin') // the sweep above signed out
    const json = { 'content-type': 'application/json' }
    const admin = { cookie: cookies.admin as string }
    await check('index', { url: '/' })
    await check('index.html', { url: '/index.html' })
    await check('favicon', { url: '/favicon.svg' })
    const asset = await check('asset', { url: '/assets/index-abc.js' })
    await check('asset 304', {
      url: '/assets/index-abc.js',
      headers: { 'if-none-match': String(asset.headers.etag) },
    })
    await check('missing asset', { url: '/assets/missing.js' })
    await check('SPA fallback', { url: '/customers/123/edit' })
    await check('HEAD SPA', { method: 'HEAD', url: '/agenda' })
    await check('docs', { url: '/api/docs' })
    await check('docs/', { url: '/api/docs/' })
    await check('docs json', { url: '/api/docs/json' })
    await check('docs yaml', { url: '/api/docs/yaml' })
    await check('docs initializer', { url: '/api/docs/static/swagger-initializer.js' })
    await check('docs css', { url: '/api/docs/static/swagger-ui.css' })
    await check('docs missing file', { url: '/api/docs/static/nothing.js' })
    await check('unknown api GET', { url: '/api/v1/no-such-thing', headers: admin })
    await check('unknown api POST', { method: 'POST', url: '/api/v1/no-such-thing', headers: admin })
    await check('unknown POST', { method: 'POST', url: '/no-such-thing' })
    await check('unknown method', { method: 'PATCH', url: '/' })
    await check('OPTIONS', { method: 'OPTIONS', url: '/api/v1/customers' })
    await check('bad URL', { url: '/api/v1/customers/%E0%A4%A' })
    await check('bad URL at the root', { url: '/%' })
    await check('long parameter', { url: `/api/v1/customers/${'x'.repeat(200)}`, headers: admin })
    await check('malformed JSON', {
      method: 'POST',
      url: '/api/v1/customers',
      payload: '{x',
      headers: { ...json, ...admin },
    })
    await check('empty JSON', {
      method: 'POST',
      url: '/api/v1/customers',
      payload: '',
      headers: { ...json, ...admin },
    })
    await check('media type', {
      method: 'POST',
      url: '/api/v1/customers',
      payload: 'x',
      headers: { 'content-type': 'text/x-foo', ...admin },
    })
    await check('too large', {
      method: 'POST',
      url: '/api/v1/customers',
      payload: `{"name":"${'x'.repeat(testConfig.bodyLimitBytes)}"}`,
      headers: { ...json, ...admin },
    })
    await check('401 unknown session', {
      url: '/api/v1/customers',
      headers: { cookie: 'abacus_session=nope' },
    })
    await check('401 unknown token', { url: '/api/v1/customers', headers: { authorization: 'Bearer nope' } })
    const login = { email: 'r2@test.tw', password: 'wrong wrong' }
    let limited = 0
    for (let i = 0; i < 5; i++)
      limited += Number(
        (await check('login 401/429', { method: 'POST', url: '/api/v1/auth/login', payload: login }))
          .statusCode === 429,
      )
    for (let i = 0; i < 12; i++)
      limited += Number(
        (await check('setup 409/429', { method: 'POST', url: '/api/v1/setup', payload: {} })).statusCode ===
          429,
      )
    expect(limited).toBeGreaterThanOrEqual(2)
    // A database that fails under the server: the error handler's 500.
    await database.close()
    const broken = await check('500', { url: '/api/v1/customers', headers: admin })
    expect(broken.statusCode).toBe(500)
  })

  it('missed none: every response carried every header', () => {
    const statuses = new Set(checked.map((c) => c.status))
    // Each kind of reply was met at least once.
    for (const status of [200, 302, 304, 400, 401, 403, 404, 413, 415, 429, 500])
      expect(statuses).toContain(status)
    const failures = checked.filter((c) => c.missing.length > 0)
    recordTrustFigures({
      name: `security headers (${engine})`,
      cases: checked.length,
      failures: failures.length,
      detail: {
        routes: routes.length,
        statuses: [...statuses].sort().join(' '),
      },
    })
    expect(failures.map((f) => `${f.status} ${f.label}: ${f.missing.join(', ')}`)).toEqual([])
  })
})
