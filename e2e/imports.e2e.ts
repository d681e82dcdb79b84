import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/abacus-server'
import { launchChromium } from './support/chromium'
import { browserSuite } from './support/browser-suite'
import { text } from './support/text'
import { newPage, screenshot, submitSetup, visible } from './support/ui'

const suite = browserSuite('e2e/imports.e2e.ts')

const ADMIN = { name: 'Ivy Ingram', email: 'ivy@example.com', password: 'correct-horse-4' }
const REP = { email: 'ray@example.com', name: 'Ray Rep', role: 'rep', password: 'correct-horse-5' }
const ORDER = 'SO-IMP-001'

// Chinese headers, a good row, a row whose date does not exist and one naming nobody on the team.
const CSV = [
  '訂單編號,客戶名稱,訂單日期,業務員,產品,數量,單價',
  `${ORDER},鼎盛精密,2026年11月3日,ray@example.com,軸承,2,"1,250.00"`,
  'SO-IMP-002,新客戶,2026-02-30,ray@example.com,馬達,1,800',
  'SO-IMP-003,新客戶,2026/11/04,王家豪,馬達,1,800',
].join('\n')

// Customers with the headers a Taiwanese team's sheet has; the owner is the rep, by email.
const CUSTOMER = '宏達貿易'
const CUSTOMERS_CSV = [
  '客戶名稱,公司全名,電話,負責人,聯絡人,聯絡人電話',
  `${CUSTOMER},宏達貿易股份有限公司,02-2345-6789,ray@example.com,陳怡君,0912-345-678`,
].join('\n')

const orderRow = (page: Page) => page.locator('.ant-table-row').filter({ hasText: ORDER })

suite('importing orders and customers from CSV files, end to end in the browser', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page
  const dir = mkdtempSync(join(tmpdir(), 'abacus-import-'))
  const file = join(dir, 'orders.csv')
  const customersFile = join(dir, 'customers.csv')

  beforeAll(async () => {
    writeFileSync(file, CSV)
    writeFileSync(customersFile, CUSTOMERS_CSV)
    server = await startServer()
    browser = await launchChromium()
    ;({ page } = await newPage(browser, 'en-US'))
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('sets up the first admin and a sales rep', async () => {
    await page.goto(`${server.url}/orders`)
    await visible(page.getByRole('heading', { name: text('en', 'setup.title') }))
    await submitSetup(page, ADMIN)
    await visible(page.getByRole('heading', { name: text('en', 'orders.title') }))
    expect((await page.request.post(`${server.url}/api/v1/users`, { data: REP })).status()).toBe(201)
  })

  it('reads the file, previews its columns and dry-runs it without writing', async () => {
    await page.getByRole('button', { name: text('en', 'imports.open') }).click()
    await visible(page.getByRole('heading', { name: text('en', 'imports.title.orders') }))
    await page.setInputFiles('input[type=file]', file)
    await expect
      .poll(() => page.getByTestId('import-file-name').textContent(), { timeout: 10_000 })
      .toBe('orders.csv')
    // Matched in the browser as the server matches them: the Chinese header is read as the order date.
    const mapping = page.getByTestId('import-mapping')
    await visible(mapping.getByText('訂單日期', { exact: true }))

    await page.getByRole('button', { name: text('en', 'imports.runDryRun') }).click()
    const errors = page.getByTestId('import-errors')
    await visible(errors)
    await expect
      .poll(() => page.getByTestId('import-summary').textContent(), { timeout: 10_000 })
      .toContain(text('en', 'imports.summaryBadRows'))
    // Row 3 of the file (the header is row 1): 30 February; row 4: a rep nobody knows.
    expect(await errors.locator('.ant-table-row').count()).toBe(2)
    expect(await errors.textContent()).toContain('2026-02-30')
    expect(await errors.textContent()).toContain('王家豪')
    await screenshot(page, 'imports-01-dry-run-en')
  })

  it('imports the valid rows with skip-invalid and shows the order in the list', async () => {
    await page.getByRole('button', { name: text('en', 'imports.next') }).click()
    const importButton = page.getByRole('button', { name: text('en', 'imports.import'), exact: true })
    // All or nothing (the default) would write nothing while rows are bad.
    expect(await importButton.isDisabled()).toBe(true)
    await page.getByText(text('en', 'imports.modeSkipInvalid')).click()
    await importButton.click()
    await visible(page.getByText(text('en', 'imports.done.orders')))
    await visible(page.getByTestId('import-batch'))
    await screenshot(page, 'imports-02-done-en')

    // A second tab, so the wizard keeps the batch to undo.
    const list = await page.context().newPage()
    await list.goto(`${server.url}/orders`)
    await visible(orderRow(list))
    await list.close()
  })

  it('undoes the import, after confirming, and the order leaves the list', async () => {
    await page.getByRole('button', { name: text('en', 'imports.undo') }).click()
    await page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: text('en', 'imports.undo') })
      .click()
    await visible(page.getByText(text('en', 'imports.undoneTitle')))
    await page.getByRole('button', { name: text('en', 'imports.toList.orders') }).click()
    await visible(page.getByText(text('en', 'orders.empty')))
    expect(await orderRow(page).count()).toBe(0)
  })

  it('imports customers through the same wizard, from the customer list', async () => {
    await page.goto(`${server.url}/customers`)
    await page.getByRole('button', { name: text('en', 'imports.open') }).click()
    await visible(page.getByRole('heading', { name: text('en', 'imports.title.customers') }))
    await page.setInputFiles('input[type=file]', customersFile)
    // The customers' own fields: the company's full name and the contact's phone are recognised.
    await visible(page.getByTestId('import-mapping').getByText('公司全名', { exact: true }))
    await visible(page.getByTestId('import-mapping').getByText('聯絡人電話', { exact: true }))

    await page.getByRole('button', { name: text('en', 'imports.runDryRun') }).click()
    await visible(page.getByText(text('en', 'imports.dryRunClean')))
    await expect
      .poll(() => page.getByTestId('import-summary').textContent(), { timeout: 10_000 })
      .toContain(text('en', 'imports.toCreate.customers'))
    await page.getByRole('button', { name: text('en', 'imports.next') }).click()
    await page.getByRole('button', { name: text('en', 'imports.import'), exact: true }).click()
    await visible(page.getByText(text('en', 'imports.done.customers')))
    await screenshot(page, 'imports-03-customers-done-en')
    await page.getByRole('button', { name: text('en', 'imports.toList.customers') }).click()
    const row = page.locator('.ant-table-row').filter({ hasText: CUSTOMER })
    await visible(row)
    expect(await row.textContent()).toContain(REP.name)
  })
})
