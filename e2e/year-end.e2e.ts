import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/abacus-server'
import { post } from './support/api'
import { browserSuite } from './support/browser-suite'
import { launchChromium } from './support/chromium'
import { text } from './support/text'
import { newPage, screenshot, visible } from './support/ui'

const suite = browserSuite('e2e/year-end.e2e.ts')

const ADMIN = { name: 'Hana Admin', email: 'hana@example.com', password: 'correct-horse-8' }
const year = new Date().getFullYear()

suite('the year-end summary: outline, texts kept, the deck downloaded', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
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
      orderDate: `${year}-01-15`,
      status: 'confirmed',
      total: 1_234_567_89,
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the outline with the facts, keeps the plan written, and downloads the deck', async () => {
    await page.goto(`${server.url}/reports/year-end`)
    await visible(page.getByRole('heading', { name: text('en', 'yearEnd.title') }))
    const outline = page.getByTestId('year-end-outline')
    await visible(outline.getByText(`${year} Year-End Summary`))
    await visible(outline.getByText(text('en', 'deck.slide.bridge')))
    await visible(page.getByTestId('year-end-facts').getByText('1 new customer brought 1,234,567.89.'))
    await page.getByTestId('year-end-plan').fill('Win 12 new customers\nVisit every A customer each month')
    await screenshot(page, 'year-end')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('year-end-generate').click(),
    ])
    expect(download.suggestedFilename()).toBe(`year-end-${year}-company.pptx`)
    // Generating saved the texts first: they come back on the next visit.
    await expect.poll(() => page.getByTestId('year-end-saved').textContent()).toContain('Saved')
    await page.reload()
    await expect
      .poll(() => page.getByTestId('year-end-plan').inputValue())
      .toBe('Win 12 new customers\nVisit every A customer each month')
  })

  it('outlines the deck in the language chosen for it, and says when the year has no data', async () => {
    await page.getByTestId('year-end-lang').click()
    await page.locator('.ant-select-item-option').filter({ hasText: '繁體中文' }).click()
    await visible(page.getByTestId('year-end-outline').getByText(`${year} 年終總結`))
    await page.getByTestId('year-end-year').click()
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: String(year - 5) })
      .click()
    await visible(page.getByText(text('en', 'yearEnd.noData')))
    await visible(page.getByTestId('year-end-outline').getByText(`${year - 5} 年沒有資料`))
  })
})
