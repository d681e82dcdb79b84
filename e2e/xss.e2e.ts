import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { APIRequestContext, APIResponse, Browser, BrowserContext, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/abacus-server'
import { launchChromium } from './support/chromium'
import { browserSuite } from './support/browser-suite'
import { PAYLOADS, poisonDatabase, poisoned, type PoisonResult } from './support/xss-poison'
import { recordTrustFigures } from '../src/test-support/trust-figures'
import { SECURITY_HEADERS } from '../src/api/security-headers'

/**
 * Issue 9, point 6: payloads in every text a person writes (e2e/support/xss-poison.ts, over the
 * whole demo organisation), then every page of the web app — the routes read from AppRoutes.tsx, so
 * a new page is visited the day it is added — in headless Chromium, as an admin under the real CSP
 * and as a rep with the CSP bypassed (so the escaping is proven on its own, not hidden by the
 * policy). Nothing may run (`__xss`, dialogs), no payload may become an element or an attribute,
 * the CSP must block nothing (a block is either an injection or the app broken by its own policy),
 * and the payloads must be shown as text where the record is shown.
 */
const suite = browserSuite('e2e/xss.e2e.ts')

const DEMO_PASSWORD = 'abacus-demo'
const ADMIN = 'admin@demo.abacus.tw'
const REP = 'rep1@demo.abacus.tw'
const REPO = new URL('..', import.meta.url).pathname

/** The route patterns of the web app, as written in AppRoutes.tsx ('' is the index route). */
function appRoutes(): string[] {
  const source = readFileSync(join(REPO, 'src/web/features/layout/AppRoutes.tsx'), 'utf8')
  const paths = [...source.matchAll(/<Route\s+path="([^"]+)"/g)].map((m) => m[1] as string)
  return [...(/<Route\s+index\b/.test(source) ? [''] : []), ...paths]
}

type Role = 'admin' | 'rep'
type Finding = { role: Role; url: string; what: string }
type Ids = Record<string, string>

/** What a page holds that came from a payload: elements and attributes, javascript: links, evaluated templates. */
const scanPage = () => {
  const found: string[] = []
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster']
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase()
    for (const { name, value } of Array.from(el.attributes)) {
      const attr = name.toLowerCase()
      if (attr.startsWith('on') && value.includes('__xss')) found.push(`<${tag} ${attr}>`)
      if (attr === 'srcdoc') found.push(`<${tag} srcdoc>`)
      if (urlAttributes.includes(attr) && /^\s*javascript:/i.test(value) && value.includes('__xss'))
        found.push(`<${tag} ${attr}="${value.slice(0, 40)}">`)
    }
    if (['script', 'iframe', 'object', 'embed'].includes(tag) && el.outerHTML.includes('__xss'))
      found.push(`<${tag}>`)
    if (tag === 'img' && el.getAttribute('src') === 'x') found.push('<img src=x>')
  }
  const text = document.body.innerText
  if (text.includes('x49x')) found.push('template evaluated: x{{7*7}}x became x49x')
  return { found, shown: text.includes('<img src=x onerror=__xss(') }
}

/**
 * Payloads that run call `__xss(n)`; what the CSP blocks is reported through `__csp`; every change
 * to the DOM is timed, for `settled`.
 */
async function instrument(
  context: BrowserContext,
  report: { ran: (n: number) => void; blocked: (what: string) => void },
): Promise<void> {
  await context.exposeBinding('__xss', (_source, n: number) => {
    report.ran(n)
  })
  await context.exposeBinding('__csp', (_source, what: string) => {
    report.blocked(what)
  })
  await context.addInitScript(() => {
    const mark = () => ((window as unknown as { __lastMutation: number }).__lastMutation = performance.now())
    mark()
    new MutationObserver(mark).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    })
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __csp: (what: string) => void }).__csp
      report(`${e.violatedDirective} blocked ${e.blockedURI} ${e.sample}`)
    })
  })
}

/**
 * A page is read once it has settled: no request and no change to the DOM for a while (its lazy
 * code and its data are in and drawn), and no spinner or skeleton left. A page that keeps moving
 * (an animation) is read after 10 s anyway.
 */
async function settled(page: Page, inFlight: Set<unknown>): Promise<void> {
  let quietSince = Date.now()
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    await page.waitForTimeout(50)
    const domQuietFor = await page.evaluate(
      () => performance.now() - ((window as unknown as { __lastMutation?: number }).__lastMutation ?? 0),
    )
    if (inFlight.size > 0 || domQuietFor < 300) quietSince = Date.now()
    else if (Date.now() - quietSince >= 250) break
  }
  await page.waitForFunction(
    () =>
      (document.querySelector('#root')?.childElementCount ?? 0) > 0 &&
      !document.querySelector('.ant-spin-spinning, .ant-skeleton-active'),
    undefined,
    { timeout: 20_000 },
  )
}

suite('XSS: payloads in every text, every page, nothing runs', () => {
  let dir = ''
  let server: RunningServer
  let browser: Browser
  let poison: PoisonResult
  const ids: Ids = {}
  const routes = appRoutes()
  const visited = new Set<string>()
  const unfilled: string[] = []
  const findings: Finding[] = []
  const executions: Finding[] = []
  const cspBlocks: Finding[] = []
  const pageErrors: Finding[] = []
  const pages: { role: Role; url: string; shown: boolean }[] = []

  /** Ids of records owned by the rep (the admin sees them too), for the detail pages. */
  function pickIds(file: string) {
    const db = new Database(file, { readonly: true })
    const one = (sql: string, ...params: unknown[]) =>
      (db.prepare(sql).get(...params) as { id: string } | undefined)?.id ?? ''
    const rep = one('SELECT id FROM users WHERE email = ?', REP)
    const visit = (statuses: string) =>
      one(
        `SELECT id FROM visits WHERE rep_id = ? ORDER BY instr(?, status), starts_at DESC LIMIT 1`,
        rep,
        statuses,
      )
    const customer = one(
      `SELECT c.id FROM customers c WHERE c.owner_id = ? ORDER BY
         (SELECT count(*) FROM follow_ups f WHERE f.customer_id = c.id) +
         (SELECT count(*) FROM opportunities o WHERE o.customer_id = c.id) * 5 +
         (SELECT count(*) FROM visits v WHERE v.customer_id = c.id) * 5 DESC LIMIT 1`,
      rep,
    )
    Object.assign(ids, {
      rep,
      customer,
      'visits/:id': visit('reviewed'),
      'visits/:id/edit': visit('planned'),
      'visits/:id/check-in': visit('planned'),
      'visits/:id/review': visit('checked_in reviewed'),
      'visits/:id/brief': visit('planned'),
      'customers/:id': customer,
      'customers/:id/edit': customer,
      'orders/:id': one(
        'SELECT o.id FROM orders o WHERE owner_id = ? ORDER BY (SELECT count(*) FROM order_lines l WHERE l.order_id = o.id) DESC LIMIT 1',
        rep,
      ),
      'monthly-reports/:id': one(
        'SELECT r.id FROM monthly_reports r WHERE rep_id = ? ORDER BY (SELECT count(*) FROM monthly_report_comments c WHERE c.report_id = r.id) DESC LIMIT 1',
        rep,
      ),
      'commission/statements/:repId': rep,
      'callback-audits/draws/:id': one('SELECT id FROM callback_audit_draws LIMIT 1'),
      // Deleted, for the recycle bin: a customer of the rep's that no detail page above needs.
      deleted: one(
        `SELECT c.id FROM customers c WHERE c.owner_id = ? AND c.id <> ?
           AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.customer_id = c.id)
           AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)
         ORDER BY c.id LIMIT 1`,
        rep,
        customer,
      ),
      pooled: one(
        'SELECT id FROM customers WHERE owner_id IS NOT NULL AND owner_id <> ? ORDER BY id LIMIT 1',
        rep,
      ),
    })
    db.close()
  }

  const fieldText = (field: string, max = 20_000) => {
    const n = poison.fields.indexOf(field)
    expect(n, field).toBeGreaterThanOrEqual(0)
    // As many payloads as the field takes.
    let text = ''
    for (const payload of PAYLOADS) {
      const next = text ? `${text} ${payload(n)}` : payload(n)
      if (next.length > max) break
      text = next
    }
    return text
  }

  const signIn = async (request: APIRequestContext, email: string) => {
    const login = await request.post(`${server.url}/api/v1/auth/login`, {
      data: { email, password: DEMO_PASSWORD },
    })
    expect(login.status(), await login.text()).toBe(200)
  }

  /** Texts written through the API: tables the demo leaves empty, and an edit for the customer's history. */
  async function writeThroughApi() {
    const context = await browser.newContext()
    const request = context.request
    const api = `${server.url}/api/v1`
    const ok = async (response: Promise<APIResponse>) => {
      const r = await response
      expect(r.status(), `${r.url()}: ${await r.text()}`).toBeLessThan(300)
      return r
    }
    await signIn(request, ADMIN)
    await ok(
      request.put(`${api}/reports/year-end/texts`, {
        data: {
          year: new Date().getFullYear(),
          positive: fieldText('year_end_texts.positive'),
          negative: fieldText('year_end_texts.negative'),
          problems: fieldText('year_end_texts.problems'),
          plan: fieldText('year_end_texts.plan'),
        },
      }),
    )
    await ok(request.post(`${api}/tokens`, { data: { name: fieldText('api_tokens.name', 100) } }))
    await ok(
      request.post(`${api}/customers/${ids.pooled}/release`, {
        data: { reason: fieldText('pool_events.reason', 500) },
      }),
    )
    const customer = (await (await ok(request.get(`${api}/customers/${ids.customer}`))).json()) as {
      version: number
    }
    await ok(
      request.patch(`${api}/customers/${ids.customer}`, {
        headers: { 'if-match': `"${customer.version}"` },
        data: { notes: fieldText('customers.notes', 2000), industry: fieldText('customers.industry', 100) },
      }),
    )
    await ok(request.delete(`${api}/customers/${ids.deleted}`))
    // The half-month just closed, generated from the poisoned names.
    const today = new Date()
    const half =
      today.getDate() > 15
        ? `${today.toISOString().slice(0, 7)}-1`
        : `${new Date(today.getFullYear(), today.getMonth() - 1, 15).toISOString().slice(0, 7)}-2`
    await ok(request.post(`${api}/reports/half-month/${half}/generate`))
    await request.post(`${api}/auth/logout`)
    await signIn(request, REP)
    await ok(request.post(`${api}/tokens`, { data: { name: fieldText('api_tokens.name', 100) } }))
    await context.close()
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'abacus-xss-'))
    const file = join(dir, 'xss.db')
    for (const args of [['migrate'], ['demo', '--scale', 'small']]) {
      const run = spawnSync(process.execPath, ['bin/abacus.mjs', '--db', `sqlite:${file}`, ...args], {
        cwd: REPO,
        encoding: 'utf8',
      })
      if (run.status !== 0) throw new Error(`abacus ${args.join(' ')}: ${run.stderr}`)
    }
    poison = poisonDatabase(file)
    pickIds(file)
    server = await startServer({ databaseFile: file })
    browser = await launchChromium()
    await writeThroughApi()
  })

  afterAll(async () => {
    // A CSP block or a page error is a failure too: an injection the policy caught, or a page
    // that the texts (or the policy) broke.
    const failures = executions.length + findings.length + cspBlocks.length + pageErrors.length
    recordTrustFigures({
      name: 'XSS',
      cases: PAYLOADS.length * pages.length,
      failures,
      detail: {
        pages: pages.length,
        routes: routes.length,
        fields: poison?.fields.length ?? 0,
        texts: poison?.texts ?? 0,
        payloads: PAYLOADS.length,
        executions: executions.length,
        'injected elements': findings.length,
        'CSP blocks': cspBlocks.length,
        'page errors': pageErrors.length,
      },
    })
    await browser?.close()
    await server?.stop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('classifies every text column: a new one must be poisoned or declared inert', () => {
    expect(poison.unclassified).toEqual([])
    expect(poison.fields.length).toBeGreaterThan(50)
  })

  /** The URLs for a route pattern; `:tab` routes are expanded from the tabs the page shows. */
  async function urlsOf(page: Page, pattern: string): Promise<string[]> {
    if (pattern === '*') return ['/no-such-page']
    if (pattern.endsWith('/:tab')) {
      const base = pattern.slice(0, -'/:tab'.length)
      await page.goto(`${server.url}/${base}`)
      const nav = page.locator('.ant-tabs-nav').first()
      await nav.locator('.ant-tabs-tab[data-node-key]').first().waitFor()
      const keys = await nav
        .locator('.ant-tabs-tab[data-node-key]')
        .evaluateAll((tabs) => tabs.map((t) => t.getAttribute('data-node-key') ?? ''))
      return keys.map((key) => `/${base}/${key}`)
    }
    if (!pattern.includes(':')) return [`/${pattern}`]
    const id = ids[pattern]
    if (!id) {
      unfilled.push(pattern)
      return []
    }
    return [`/${pattern.replace(/:[A-Za-z]+/, id)}`]
  }

  async function sweep(role: Role) {
    // The rep's pages with the CSP bypassed: a payload that became markup would run, and be caught.
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'en-US',
      bypassCSP: role === 'rep',
    })
    let current = ''
    await instrument(context, {
      ran: (n) => executions.push({ role, url: current, what: `__xss(${n}) ran: ${poison.fields[n] ?? n}` }),
      blocked: (what) => cspBlocks.push({ role, url: current, what }),
    })
    await signIn(context.request, role === 'admin' ? ADMIN : REP)
    const page = await context.newPage()
    page.setDefaultTimeout(20_000)
    const inFlight = new Set<unknown>()
    page.on('request', (r) => inFlight.add(r))
    page.on('requestfinished', (r) => inFlight.delete(r))
    page.on('requestfailed', (r) => inFlight.delete(r))
    page.on('dialog', (dialog) => {
      executions.push({ role, url: current, what: `${dialog.type()} dialog: ${dialog.message()}` })
      void dialog.dismiss()
    })
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
        cspBlocks.push({ role, url: current, what: message.text().slice(0, 200) })
    })
    page.on('pageerror', (error) =>
      pageErrors.push({ role, url: current, what: error.message.slice(0, 200) }),
    )

    for (const pattern of routes)
      for (const url of await urlsOf(page, pattern)) {
        current = url
        await page.goto(`${server.url}${url}`)
        await settled(page, inFlight)
        // A record's page shows its texts: wait for them, so the check below reads the drawn page.
        if (pattern.includes(':id') || pattern.includes(':repId'))
          await page
            .waitForFunction(() => document.body.innerText.includes('onerror=__xss('), undefined, {
              timeout: 10_000,
            })
            .catch(() => undefined)
        const { found, shown } = await page.evaluate(scanPage)
        for (const what of found) findings.push({ role, url, what })
        pages.push({ role, url, shown })
        visited.add(pattern)
      }
    await context.close()
  }

  it('visits every page as an admin and as a rep (both at once)', async () => {
    await Promise.all([sweep('admin'), sweep('rep')])
  }, 600_000)

  const of = (role: Role, list: Finding[]) => list.filter((f) => f.role === role)

  it('runs nothing as an admin, under the real CSP, which blocks nothing', () => {
    expect(of('admin', executions)).toEqual([])
    expect(of('admin', findings)).toEqual([])
    expect(of('admin', cspBlocks)).toEqual([])
    expect(of('admin', pageErrors)).toEqual([])
  })

  it('runs nothing as a rep, even with the CSP bypassed', () => {
    expect(of('rep', executions)).toEqual([])
    expect(of('rep', findings)).toEqual([])
    expect(of('rep', pageErrors)).toEqual([])
  })

  it('visited every route of AppRoutes.tsx, and showed the payloads as text on the record pages', () => {
    expect(unfilled).toEqual([])
    expect(routes.filter((r) => !visited.has(r))).toEqual([])
    for (const pattern of Object.keys(ids).filter((k) => k.includes(':') && !k.includes('draws')))
      for (const role of ['admin', 'rep'] as const) {
        const url = `/${pattern.replace(/:[A-Za-z]+/, ids[pattern] as string)}`
        expect(pages.find((p) => p.role === role && p.url === url)?.shown, `${role} ${url}`).toBe(true)
      }
  })

  it('control: the same checks do catch a payload that becomes markup, with and without the CSP', async () => {
    for (const bypassCSP of [false, true]) {
      const context = await browser.newContext({ bypassCSP })
      const ran: number[] = []
      const blocked: string[] = []
      await instrument(context, { ran: (n) => ran.push(n), blocked: (what) => blocked.push(what) })
      await signIn(context.request, ADMIN)
      const page = await context.newPage()
      await page.goto(`${server.url}/agenda`)
      await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), poisoned(0))
      await page.waitForTimeout(500)
      expect((await page.evaluate(scanPage)).found.length).toBeGreaterThan(0)
      if (bypassCSP) expect(ran).toContain(0)
      else expect(blocked.length).toBeGreaterThan(0)
      await context.close()
    }
  })

  it('serves the calendar feed (inline) as a calendar, never as HTML, with the security headers', async () => {
    const context = await browser.newContext()
    await signIn(context.request, REP)
    const created = await context.request.post(`${server.url}/api/v1/calendar/feed`)
    expect(created.status()).toBe(201)
    const { path } = (await created.json()) as { path: string }
    const feed = await context.request.get(`${server.url}${path}`)
    expect(feed.status()).toBe(200)
    expect(feed.headers()['content-type']).toMatch(/^text\/calendar/)
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(feed.headers()[name]).toBe(value)
    await context.close()
  })

  it('shows the API docs (swagger-ui) under the CSP: the operations render and nothing is blocked', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const blocked: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error') blocked.push(m.text())
    })
    const response = await page.goto(`${server.url}/api/docs`)
    expect(response?.headers()['content-security-policy']).toBe(SECURITY_HEADERS['content-security-policy'])
    await page.locator('.opblock').first().waitFor()
    expect(await page.locator('.opblock').count()).toBeGreaterThan(100)
    expect(blocked).toEqual([])
    await context.close()
  })
})
