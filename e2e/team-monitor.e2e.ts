import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/abacus-server'
import { launchChromium } from './support/chromium'
import { browserSuite } from './support/browser-suite'
import { text } from './support/text'
import { newPage, screenshot, switchLanguage, visible } from './support/ui'
import { addUser } from './support/add-user'
import { post } from './support/api'
import { ADMIN } from './support/people'

const suite = browserSuite('e2e/team-monitor.e2e.ts')

const NAMES = ['鼎盛精密', '宏遠貿易', 'Harbour Foods', '九龍烘焙坊', '福興五金', 'Acme Tools']

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000)

suite('the team monitor: reps side by side, and the customers behind a number', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    server = await startServer()
    browser = await launchChromium()
    ;({ page } = await newPage(browser, 'en-US'))
    const api = (path: string) => `${server.url}/api/v1${path}`
    await post(page.request, api('/setup'), ADMIN)
    const user = (name: string, role: string, managerId?: string) =>
      addUser(page.request, server, name, role, managerId)
    const mia = await user('Mia', 'manager')
    const reps = [
      mia,
      await user('Ray', 'rep', mia.id),
      await user('Rita', 'rep', mia.id),
      await user('Rob', 'rep'),
    ]
    // Six customers each with sales falling off, classified once: a mix of A, B and C.
    const customers: { id: string; rep: number; rank: number }[] = []
    for (const [r, rep] of reps.entries())
      for (let i = 1; i <= 6; i++) {
        const c = await post(page.request, api('/customers'), {
          name: `${NAMES[i - 1]} ${r + 1}`,
          ownerId: rep.id,
        })
        customers.push({ id: c.id, rep: r, rank: i })
        await post(page.request, api('/orders'), {
          number: `SO-${r}-${i}`,
          customerId: c.id,
          orderDate: daysAgo(60 + i)
            .toISOString()
            .slice(0, 10),
          total: Math.round(40_000_000 / Math.pow(i + r, 1.4)),
        })
      }
    await post(page.request, api('/classification/runs'), {})
    // Since then a small customer bought a lot: the second run promotes it and demotes others.
    await post(page.request, api('/orders'), {
      number: 'SO-BIG',
      customerId: customers.find((c) => c.rep === 1 && c.rank === 6)?.id,
      orderDate: daysAgo(2).toISOString().slice(0, 10),
      total: 25_000_000,
    })
    await post(page.request, api('/classification/runs'), {})
    // Follow-ups: Ray keeps up, Rita half does, Rob fell behind six weeks ago; Mia touches one.
    const log = (customerId: string, at: Date) =>
      post(page.request, api('/follow-ups'), {
        customerId,
        channel: 'phone',
        summary: 'call',
        happenedAt: at.toISOString(),
      })
    for (const c of customers) {
      const times =
        c.rep === 1 ? 3 : c.rep === 2 ? (c.rank % 2 ? 2 : 0) : c.rep === 0 ? (c.rank === 1 ? 1 : 0) : 0
      if (times === 0) await log(c.id, daysAgo(45))
      for (let k = 0; k < times; k++) await log(c.id, new Date())
    }
    // A prospect of Rita's placed its first order today.
    const fresh = await post(page.request, api('/customers'), {
      name: '新竹光電',
      ownerId: reps[2]?.id,
      status: 'prospect',
    })
    await post(page.request, api('/orders'), {
      number: 'SO-NEW',
      customerId: fresh.id,
      orderDate: daysAgo(0).toISOString().slice(0, 10),
      total: 1_200_000,
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows every rep with overdue counts, coverage on a colour scale, the totals and a chart', async () => {
    await page.goto(`${server.url}/team-monitor`)
    await visible(page.getByRole('heading', { name: text('en', 'monitor.title') }))
    const table = page.getByTestId('monitor-table')
    await visible(table.getByRole('cell', { name: 'Rob', exact: true }))
    for (const name of ['Mia', 'Ray', 'Rita', text('en', 'monitor.total')])
      await visible(table.getByRole('cell', { name: new RegExp(`^${name}`) }).first())
    await visible(page.getByTestId('coverage-chart').locator('canvas'))
    await screenshot(page, 'team-monitor-en')
  })

  it('opens the customers behind a number, each a link to the customer', async () => {
    await page
      .getByRole('button', { name: `Rob ${text('en', 'monitor.overdueToday')} ${text('en', 'monitor.all')}` })
      .click()
    const drawer = page.getByTestId('monitor-drawer')
    await visible(drawer.getByRole('link', { name: /Acme Tools 4/ }))
    expect(await drawer.getByRole('row').count()).toBe(7)
    await screenshot(page, 'team-monitor-drill-en', false)
    await drawer.getByRole('link', { name: /Acme Tools 4/ }).click()
    await visible(page.getByRole('heading', { name: 'Acme Tools 4', exact: true }))
  })

  it('makes a private calendar feed on the account page that a calendar reads without signing in', async () => {
    await page.goto(`${server.url}/account/tokens`)
    const card = page.getByTestId('calendar-feed')
    await card.getByRole('button', { name: text('en', 'calendarFeed.create') }).click()
    const url = await card.getByTestId('calendar-feed-url').textContent()
    expect(url).toMatch(new RegExp(`^${server.url}/api/v1/calendar/cal_[\\w-]+\\.ics$`))
    await visible(page.getByTestId('push-settings'))
    await screenshot(page, 'account-calendar-feed-en')
    const feed = await fetch(url as string)
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(await feed.text()).toContain('BEGIN:VCALENDAR')
  })

  it('reads in Traditional Chinese', async () => {
    await page.goto(`${server.url}/team-monitor`)
    await switchLanguage(page, '繁體中文')
    await visible(page.getByRole('heading', { name: text('zh-Hant', 'monitor.title') }))
    await visible(page.getByTestId('monitor-table').getByRole('cell', { name: 'Rob', exact: true }))
    await screenshot(page, 'team-monitor-zh-Hant')
  })
})
