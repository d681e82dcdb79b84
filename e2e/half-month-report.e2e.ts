import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { localDateAt } from '../src/core/dates/local-date'
import { halfMonthRange, lastClosedHalfMonth } from '../src/core/half-month/half-month'
import { startServer, type RunningServer } from './support/abacus-server'
import { launchChromium } from './support/chromium'
import { browserSuite } from './support/browser-suite'
import { text } from './support/text'
import { newPage, screenshot, switchLanguage, visible } from './support/ui'
import { post } from './support/api'

const suite = browserSuite('e2e/half-month-report.e2e.ts')

const ADMIN = { name: 'Hana Finance', email: 'hana@example.com', password: 'correct-horse-8' }
// The server's clock is the real one (Asia/Taipei by default): the half-month that closed last.
const period = lastClosedHalfMonth(localDateAt(new Date(), 'Asia/Taipei'))
const { from } = halfMonthRange(period)

suite('the half-monthly report: kept when the half-month closes, a new version, the workbook', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    // The server keeps the closed half-month's report as it starts: nobody had figures yet.
    server = await startServer()
    browser = await launchChromium()
    ;({ page } = await newPage(browser, 'en-US'))
    const api = (path: string) => `${server.url}/api/v1${path}`
    await post(page.request, api('/setup'), ADMIN)
    const ray = await post(page.request, api('/users'), {
      name: 'Ray',
      email: 'ray@example.com',
      role: 'rep',
      password: 'correct-horse-9',
    })
    const customer = await post(page.request, api('/customers'), { name: 'Xenia Trading', ownerId: ray.id })
    await post(page.request, api('/orders'), {
      number: 'SO-1',
      customerId: customer.id,
      orderDate: from,
      status: 'confirmed',
      total: 1_234_567_89,
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the kept report of the half-month just closed, then keeps a new version with the late order', async () => {
    await page.goto(`${server.url}/reports/half-month`)
    await visible(page.getByRole('heading', { name: text('en', 'halfMonth.name') }))
    const source = page.getByTestId('half-month-source')
    await expect.poll(() => source.textContent()).toContain('Version 1, generated')
    await visible(page.getByTestId('half-month-table').getByText(text('en', 'halfMonth.empty')))
    await page.getByRole('button', { name: text('en', 'halfMonthPage.regenerate') }).click()
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: text('en', 'halfMonthPage.generate') })
      .click()
    await expect.poll(() => source.textContent()).toContain('Version 2, generated')
    const ray = page.getByTestId('half-month-table').locator('tr', { hasText: 'Ray' })
    // Sold and not collected: its sales and its receivable.
    await visible(ray.getByText('1,234,567.89').first())
    expect(await ray.getByText('1,234,567.89').count()).toBe(2)
    await visible(page.getByTestId('half-month-list').getByText('generated, version 2'))
    await screenshot(page, 'half-month-report')
  })

  it('downloads the workbook, and speaks Traditional Chinese after switching language', async () => {
    const href = await page.getByTestId('half-month-download').getAttribute('href')
    expect(href).toContain(`/api/v1/reports/half-month/${period}/workbook`)
    const download = await page.request.get(`${server.url}${href}`)
    expect(download.status()).toBe(200)
    expect(download.headers()['content-type']).toContain('spreadsheetml')
    expect((await download.body()).subarray(0, 2).toString()).toBe('PK')
    await switchLanguage(page, '繁體中文')
    await visible(page.getByRole('heading', { name: text('zh-Hant', 'halfMonth.name') }))
    await expect.poll(() => page.getByTestId('half-month-source').textContent()).toContain('第 2 版')
    expect(await page.getByTestId('half-month-download').getAttribute('href')).toContain('lang=zh-Hant')
  })
})
