import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/abacus-server'
import { launchChromium } from './support/chromium'
import { browserSuite } from './support/browser-suite'
import { text } from './support/text'
import { newPage, pickOption, screenshot, submitSetup, switchLanguage, visible } from './support/ui'

const suite = browserSuite('e2e/ledger.e2e.ts')

const ADMIN = { name: 'Lena Ledger', email: 'lena@example.com', password: 'correct-horse-2' }
const CUSTOMER = 'Harbour Foods'
const ORDER = 'SO-E2E-001'

// The side menu's entry, not the customer page's tab of the same name.
const navTo = (page: Page, key: 'nav.orders' | 'nav.collections') =>
  page
    .locator('.ant-layout-sider')
    .getByRole('link', { name: text('en', key) })
    .click()

/** Types into a customer picker and takes the match: the server searches as one types. */
async function pickCustomer(page: Page, input: Locator, name: string) {
  await input.click()
  await input.fill(name)
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).click()
}

suite('orders, collections and receivables, end to end in the browser', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    server = await startServer()
    browser = await launchChromium()
    ;({ page } = await newPage(browser, 'en-US'))
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('sets up the first admin and creates a customer', async () => {
    await page.goto(`${server.url}/orders`)
    await visible(page.getByRole('heading', { name: text('en', 'setup.title') }))
    await submitSetup(page, ADMIN)
    await visible(page.getByRole('heading', { name: text('en', 'orders.title') }))
    await visible(page.getByText(text('en', 'orders.empty')))

    // A customer in the pool has no owner to credit an order to: the order names a sales rep.
    const rep = { email: 'ray@example.com', name: 'Ray Rep', role: 'rep', password: 'correct-horse-3' }
    expect((await page.request.post(`${server.url}/api/v1/users`, { data: rep })).status()).toBe(201)

    await page.goto(`${server.url}/customers/new`)
    await page.locator('#name').fill(CUSTOMER)
    await page.getByRole('button', { name: text('en', 'common.save') }).click()
    await visible(page.getByRole('heading', { name: CUSTOMER, exact: true }))
  })

  it('creates an order with two lines, previewing the total the server then computes', async () => {
    await navTo(page, 'nav.orders')
    await page.getByRole('button', { name: text('en', 'orders.new') }).click()
    await page.locator('#number').fill(ORDER)
    await pickCustomer(page, page.locator('#customerId'), CUSTOMER)
    await pickOption(page, page.locator('#ownerId'), 'Ray Rep')
    // 2 × 1,250.50 − 1.00 = 2,500.00; 1.5 × 99.99 = 149.985, rounded half away from zero to 149.99.
    await page.locator('#lines_0_product').fill('Olive oil, 5 L')
    await page.locator('#lines_0_quantity').fill('2')
    await page.locator('#lines_0_unitPrice').fill('1,250.50')
    await page.locator('#lines_0_discount').fill('1')
    await page.getByRole('button', { name: text('en', 'orders.addLine') }).click()
    await page.locator('#lines_1_product').fill('Sea salt, kg')
    await page.locator('#lines_1_quantity').fill('1.5')
    await page.locator('#lines_1_unitPrice').fill('99.99')
    // The preview follows the typing; on a loaded machine it may lag a render behind the last fill.
    await expect
      .poll(() => page.getByTestId('order-total-preview').textContent(), { timeout: 10_000 })
      .toContain('2,649.99')
    await screenshot(page, 'ledger-01-order-form-en', false)

    await page.getByRole('button', { name: text('en', 'common.save') }).click()
    await visible(page.getByRole('heading', { name: text('en', 'orders.titleOne', { number: ORDER }) }))
    await expect
      .poll(() => page.getByTestId('order-total').textContent(), { timeout: 10_000 })
      .toBe('2,649.99')
    await visible(page.getByRole('cell', { name: '149.99' }))
    await screenshot(page, 'ledger-02-order-en')
  })

  it('records a collection against the order', async () => {
    await navTo(page, 'nav.collections')
    await visible(page.getByText(text('en', 'collections.empty')))
    await page.getByRole('button', { name: text('en', 'collections.record') }).click()
    const modal = page.locator('.ant-modal')
    await pickCustomer(page, modal.locator('#customerId'), CUSTOMER)
    await pickOption(page, modal.locator('#orderId'), ORDER)
    await modal.locator('#amount').fill('1,000')
    await modal.getByRole('button', { name: text('en', 'common.save') }).click()
    await modal.waitFor({ state: 'hidden' })
    const row = page.locator('.ant-table-row').filter({ hasText: ORDER })
    await visible(row)
    expect(await row.textContent()).toContain('1,000.00')
    expect(await row.textContent()).toContain(text('en', 'method.transfer'))
  })

  it('plans a collection: how much the customer should pay by when', async () => {
    await page.getByRole('tab', { name: text('en', 'plans.tab') }).click()
    await page.getByRole('button', { name: text('en', 'plans.new') }).click()
    const modal = page.locator('.ant-modal')
    await pickCustomer(page, modal.locator('#customerId'), CUSTOMER)
    // The customer is in the pool: the plan is credited to the order's rep.
    await pickOption(page, modal.locator('#orderId'), ORDER)
    await modal.locator('#dueOn').fill('2026-12-31')
    await modal.locator('#dueOn').press('Enter')
    await modal.locator('#amount').fill('500')
    await screenshot(page, 'ledger-03a-plan-modal-en', false)
    await modal.getByRole('button', { name: text('en', 'common.save') }).click()
    await modal.waitFor({ state: 'hidden' })
    const row = page.getByRole('tabpanel').locator('.ant-table-row').filter({ hasText: '2026-12-31' })
    await visible(row)
    expect(await row.textContent()).toContain('500.00')
  })

  it('shows what is still receivable, in English and in 繁體中文', async () => {
    await page.getByRole('tab', { name: text('en', 'receivables.tab') }).click()
    await page.waitForURL(/\/collections\/receivables$/)
    // The collections tab's rows stay in the page, hidden: look only in the visible tab panel, and wait
    // for the receivables row itself rather than racing the tab switch.
    const row = page
      .getByRole('tabpanel')
      .locator('.ant-table-row')
      .filter({ hasText: CUSTOMER })
      .filter({ hasText: '2,649.99' })
    await visible(row)
    expect(await row.textContent()).toContain('1,649.99')
    await expect
      .poll(() => page.getByTestId('receivable-total').textContent(), { timeout: 10_000 })
      .toBe('1,649.99')
    await screenshot(page, 'ledger-03-receivables-en')

    await switchLanguage(page, '繁體中文')
    await visible(page.getByRole('tab', { name: text('zh-Hant', 'receivables.tab') }))
    await visible(page.getByRole('columnheader', { name: text('zh-Hant', 'receivables.receivable') }))
    await expect
      .poll(() => page.getByTestId('receivable-total').textContent(), { timeout: 10_000 })
      .toBe('1,649.99')
    await screenshot(page, 'ledger-04-receivables-zh-Hant')
  })
})
