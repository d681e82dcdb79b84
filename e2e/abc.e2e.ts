import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/abacus-server'
import { launchChromium } from './support/chromium'
import { browserSuite } from './support/browser-suite'
import { text } from './support/text'
import { newPage, screenshot, switchLanguage, visible } from './support/ui'
import { post } from './support/api'
import { ADMIN, REP } from './support/people'

const suite = browserSuite('e2e/abc.e2e.ts')

const NAMES = [
  '鼎盛精密',
  '宏遠貿易',
  'Harbour Foods',
  '九龍烘焙坊',
  '福興五金',
  'Acme Tools',
  '大同電機',
  '金元寶食品',
]

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)

suite('ABC classification: the Pareto chart, a run, the tier changes and an override', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page
  const ids: string[] = []

  beforeAll(async () => {
    server = await startServer()
    browser = await launchChromium()
    ;({ page } = await newPage(browser, 'en-US'))
    // Forty customers whose sales fall off as a real customer base's do, and one earlier run.
    const api = (path: string) => `${server.url}/api/v1${path}`
    await post(page.request, api('/setup'), ADMIN)
    const rep = await post(page.request, api('/users'), REP)
    for (let i = 1; i <= 40; i++) {
      const name = `${NAMES[(i - 1) % NAMES.length]} ${i}`
      const customer = await post(page.request, api('/customers'), { name, ownerId: rep.id })
      ids.push(customer.id)
      await post(page.request, api('/orders'), {
        number: `SO-${i}`,
        customerId: customer.id,
        orderDate: daysAgo(40 + i),
        total: Math.round(50_000_000 / Math.pow(i, 1.3)),
      })
    }
    await post(page.request, api('/classification/runs'), {})
    // Since then: a small customer bought a lot, so the next run promotes it and demotes others.
    await post(page.request, api('/orders'), {
      number: 'SO-BIG',
      customerId: ids[29],
      orderDate: daysAgo(3),
      total: 30_000_000,
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the last run with its counts and Pareto chart', async () => {
    await page.goto(`${server.url}/abc`)
    await visible(page.getByRole('heading', { name: text('en', 'abc.title') }))
    await visible(page.getByTestId('pareto-chart').locator('canvas'))
    await expect.poll(() => page.getByTestId('abc-counts').textContent(), { timeout: 10_000 }).toContain('40')
  })

  it('runs the classification again: the promoted customer is listed, a link to its page', async () => {
    await page.getByRole('button', { name: text('en', 'abc.runNow') }).click()
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: text('en', 'abc.runNow') })
      .click()
    await visible(page.locator('.ant-message-success'))
    const promoted = page.getByTestId('abc-promoted').locator('.ant-table-row')
    await visible(promoted.first())
    expect(await promoted.first().textContent()).toContain('30')
    await page.getByRole('tab', { name: /Demoted/ }).click()
    await visible(page.getByTestId('abc-demoted').locator('.ant-table-row').first())
    await page.getByRole('tab', { name: /Promoted/ }).click()
    await page.mouse.move(0, 0)
    await page.locator('.ant-message-notice').waitFor({ state: 'detached' })
    await screenshot(page, 'abc-01-page-en')
    await switchLanguage(page, '繁體中文')
    await visible(page.getByRole('heading', { name: text('zh-Hant', 'abc.title') }))
    await screenshot(page, 'abc-02-page-zh-Hant')
    await switchLanguage(page, 'English')
  })

  it('sets a manual tier on the customer page: the reason is required, then it counts', async () => {
    await page.getByTestId('abc-promoted').locator('.ant-table-row a').first().click()
    const card = page.getByTestId('customer-tier')
    await visible(card)
    await card.getByRole('button', { name: text('en', 'tier.setOverride') }).click()
    const dialog = page.getByRole('dialog')
    await dialog.locator('.ant-select').first().click()
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: text('en', 'customers.tierLong', { tier: 'C' }) })
      .click()
    await dialog.getByRole('button', { name: text('en', 'common.save') }).click()
    await visible(dialog.getByText(text('en', 'form.required')))
    await dialog.locator('textarea').fill('Bought once for a trade fair; not a regular buyer.')
    await dialog.getByRole('button', { name: text('en', 'common.save') }).click()
    await visible(page.locator('.ant-message-success'))
    await visible(card.getByText('Bought once for a trade fair; not a regular buyer.'))
    expect(await card.textContent()).toContain(text('en', 'tier.effective'))
    await screenshot(page, 'abc-03-customer-tier-en')
  })
})
