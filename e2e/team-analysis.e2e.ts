import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/abacus-server'
import { launchChromium } from './support/chromium'
import { browserSuite } from './support/browser-suite'
import { text } from './support/text'
import { newPage, screenshot, switchLanguage, visible } from './support/ui'
import { post } from './support/api'

const suite = browserSuite('e2e/team-analysis.e2e.ts')

const ADMIN = { name: 'Tess Team', email: 'tess@example.com', password: 'correct-horse-6' }
// A whole year that has passed, so the spec does not depend on today.
const YEAR = 'from=2025-01-01&to=2025-12-31'

suite('the team table (issue 6 point 4): each rep side by side, sorted, with the total', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    server = await startServer()
    browser = await launchChromium()
    ;({ page } = await newPage(browser, 'en-US'))
    const api = (path: string) => `${server.url}/api/v1${path}`
    await post(page.request, api('/setup'), ADMIN)
    const rep = (name: string, email: string) =>
      post(page.request, api('/users'), { name, email, role: 'rep', password: 'correct-horse-7' })
    const ray = await rep('Ray', 'ray@example.com')
    const rita = await rep('Rita', 'rita@example.com')
    let n = 0
    const sell = async (ownerId: string, name: string, orders: [string, number][]) => {
      const customer = await post(page.request, api('/customers'), { name, ownerId, status: 'active' })
      for (const [orderDate, total] of orders)
        await post(page.request, api('/orders'), {
          number: `SO-${++n}`,
          customerId: customer.id,
          orderDate,
          status: 'confirmed',
          total: total * 100,
        })
      return customer
    }
    // Ray sells 160.00 to two customers (one new in 2025) and collects 100.00; Rita sells 300.00.
    const xenia = await sell(ray.id, 'Xenia Trading', [
      ['2024-11-01', 50],
      ['2025-03-01', 120],
    ])
    await sell(ray.id, 'Yamato Foods', [['2025-06-01', 40]])
    await sell(rita.id, 'Zenith Tools', [['2025-09-01', 300]])
    await post(page.request, api('/collections'), {
      customerId: xenia.id,
      collectedOn: '2025-04-01',
      amount: 100_00,
      method: 'transfer',
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const repNames = () => page.getByTestId('team-rep').allTextContents()

  it('opens from the Analyses menu and shows each figure, largest sales first, with the total', async () => {
    await page.goto(`${server.url}/agenda`)
    await page.getByRole('link', { name: text('en', 'nav.teamAnalysis'), exact: true }).click()
    await visible(page.getByRole('heading', { name: text('en', 'teamAnalysis.title') }))
    await page.goto(`${server.url}/team-analysis?${YEAR}`)
    await expect.poll(repNames, { timeout: 10_000 }).toEqual(['Rita', 'Ray'])
    const ray = page.getByTestId('team-table').locator('tr.ant-table-row', { hasText: 'Ray' })
    // Sales 160.00, collections 100.00, receivable 50 + 160 − 100 = 110.00, one new customer (Yamato).
    await visible(ray.getByText('160.00'))
    await visible(ray.getByText('100.00'))
    await visible(ray.getByText('110.00'))
    const total = page.getByTestId('team-total')
    await visible(total.getByText('460.00'))
    const facts = page.getByTestId('facts')
    await visible(facts.getByText("Rita sold the most in 2025: 300.00, 65.2% of the team's sales."))
    await screenshot(page, 'team-analysis')
  })

  it('sorts by any column: sales from the smallest, collections either way', async () => {
    await page.getByTestId('team-sort-sales').click()
    await expect.poll(repNames, { timeout: 10_000 }).toEqual(['Ray', 'Rita'])
    await page.getByTestId('team-sort-collections').click()
    await expect.poll(repNames, { timeout: 10_000 }).toEqual(['Ray', 'Rita'])
    await page.getByTestId('team-sort-collections').click()
    await expect.poll(repNames, { timeout: 10_000 }).toEqual(['Rita', 'Ray'])
  })

  it('opens a rep’s customers from their name', async () => {
    await page.getByTestId('team-rep').filter({ hasText: 'Ray' }).click()
    await visible(page.getByText('Yamato Foods'))
    await visible(page.getByText('Xenia Trading'))
    expect(new URL(page.url()).pathname).toBe('/customers')
  })

  it('speaks Traditional Chinese: the same numbers in its words', async () => {
    await page.goto(`${server.url}/team-analysis?${YEAR}`)
    await switchLanguage(page, '繁體中文')
    await visible(page.getByRole('heading', { name: text('zh-Hant', 'teamAnalysis.title') }))
    await visible(page.getByTestId('team-sort-sales').getByText(text('zh-Hant', 'analysis.metric.sales')))
    await visible(page.getByTestId('facts').getByText('2025年銷售額最高的是Rita：300.00，佔團隊的 65.2%。'))
    await visible(page.getByTestId('team-total').getByText(text('zh-Hant', 'monitor.total')))
    await screenshot(page, 'team-analysis-zh-Hant')
  })
})
