import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { describeIssue } from '../src/core/i18n/describe-issue'
import { startServer, type RunningServer } from './support/abacus-server'
import { launchChromium } from './support/chromium'
import { browserSuite } from './support/browser-suite'
import { text } from './support/text'
import { newPage, screenshot, submitSetup, switchLanguage, visible } from './support/ui'

const suite = browserSuite('e2e/customers.e2e.ts')

const ADMIN = { name: 'Alice Admin', email: 'alice@example.com', password: 'correct-horse-1' }

const leftEditPage = (page: Page) => page.waitForURL((url) => !url.pathname.endsWith('/edit'))

async function fillLogin(page: Page, password: string) {
  await page.locator('#email').fill(ADMIN.email)
  await page.locator('#password').fill(password)
  await page.locator('button[type=submit]').click()
}

suite('customers, end to end in the browser', () => {
  let server: RunningServer
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let acmeUrl = ''

  beforeAll(async () => {
    server = await startServer()
    browser = await launchChromium()
    ;({ context, page } = await newPage(browser, 'en-US'))
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the first-admin setup on any route, signs in, logs out and signs back in', async () => {
    await page.goto(`${server.url}/customers?q=anything`)
    await visible(page.getByRole('heading', { name: text('en', 'setup.title') }))
    await screenshot(page, '01-setup-en')
    await submitSetup(page, ADMIN)
    await visible(page.getByRole('heading', { name: text('en', 'customers.title') }))
    await expect
      .poll(() => page.getByTestId('user-menu').textContent(), { timeout: 10_000 })
      .toContain(text('en', 'role.admin'))

    await page.getByTestId('user-menu').click()
    await page.getByRole('menuitem', { name: text('en', 'auth.logout') }).click()
    await visible(page.getByRole('heading', { name: text('en', 'auth.loginTitle') }))
    await fillLogin(page, 'not-the-password')
    await visible(page.getByRole('alert').getByText(text('en', 'error.invalid_credentials')))
    await fillLogin(page, ADMIN.password)
    await visible(page.getByRole('heading', { name: text('en', 'customers.title') }))
  })

  it('creates a customer with a contact', async () => {
    await page.getByRole('button', { name: text('en', 'customers.new') }).click()
    await page.locator('#name').fill('Acme Trading')
    await page.locator('#companyName').fill('Acme Trading Co., Ltd.')
    await page.locator('#phone').fill('02-2345-6789')
    await page.getByRole('button', { name: text('en', 'customers.addContact') }).click()
    await page.locator('#contacts_0_name').fill('Bob Buyer')
    await page.locator('#contacts_0_phone').fill('0912-000-111')
    await page.locator('#contacts_0_email').fill('bob@acme.test')
    await page.getByRole('button', { name: text('en', 'common.save') }).click()
    await visible(page.getByRole('heading', { name: 'Acme Trading', exact: true }))
    await visible(page.getByRole('cell', { name: 'Bob Buyer' }))
    acmeUrl = page.url()
    await screenshot(page, '02-customer-created-en')
  })

  it('finds the customer by searching a contact name, and the search lives in the URL', async () => {
    const other = await page.request.post(`${server.url}/api/v1/customers`, { data: { name: 'Globex' } })
    expect(other.status()).toBe(201)
    await page.goto(`${server.url}/customers`)
    await visible(page.getByRole('link', { name: 'Globex' }))
    const search = page.getByRole('searchbox', { name: text('en', 'label.q') })
    await search.fill('Bob Buyer')
    await search.press('Enter')
    await page.waitForURL(/[?&]q=Bob/)
    await visible(page.getByRole('link', { name: 'Acme Trading' }))
    await page.getByRole('link', { name: 'Globex' }).waitFor({ state: 'detached' })
    await visible(page.getByText(text('en', 'customers.total', { count: 1 })))

    await page.reload()
    await visible(page.getByRole('link', { name: 'Acme Trading' }))
    expect(await page.getByRole('link', { name: 'Globex' }).count()).toBe(0)
    expect(await search.inputValue()).toBe('Bob Buyer')
    await screenshot(page, '03-search-en')
  })

  it('edits the phone and shows the change in the audit log', async () => {
    await page.getByRole('link', { name: 'Acme Trading' }).click()
    await page.getByRole('button', { name: text('en', 'common.edit') }).click()
    await page.locator('#phone').fill('02-8888-0000')
    await page.getByRole('button', { name: text('en', 'common.save') }).click()
    await leftEditPage(page)
    const phoneChange = page
      .getByTestId('customer-history')
      .locator('[data-action="update"] li[data-field="phone"]')
    await visible(phoneChange)
    const line = await phoneChange.textContent()
    expect(line).toContain(text('en', 'label.phone'))
    expect(line).toContain('02-2345-6789')
    expect(line).toContain('02-8888-0000')
    await screenshot(page, '04-history-en')
  })

  it('tells the second editor that someone saved first (412) and reloads their version', async () => {
    const editUrl = `${acmeUrl}/edit`
    const other = await context.newPage()
    await page.goto(editUrl)
    await other.goto(editUrl)
    await visible(page.locator('#region'))
    await visible(other.locator('#region'))
    await other.bringToFront()
    const before = await (
      await page.request.get(`${acmeUrl.replace('/customers/', '/api/v1/customers/')}`)
    ).json()

    await other.locator('#region').fill('Taipei')
    await other.getByRole('button', { name: text('en', 'common.save') }).click()
    await leftEditPage(other)

    // Chromium slows timers in a tab in the background; antd's animations run on them.
    await page.bringToFront()
    await page.locator('#phone').fill('02-7777-0000')
    await page.getByRole('button', { name: text('en', 'common.save') }).click()
    const conflict = page.getByTestId('conflict-alert')
    await visible(conflict)
    const message = await conflict.textContent()
    expect(message).toContain(text('en', 'customers.conflictTitle'))
    expect(message).toContain(
      text('en', 'error.version_mismatch', { expected: before.version, actual: before.version + 1 }),
    )
    expect(page.url()).toBe(editUrl)
    await screenshot(page, '05-conflict-en', false)

    await page.getByRole('button', { name: text('en', 'customers.reloadLatest') }).click()
    await conflict.waitFor({ state: 'detached' })
    expect(await page.locator('#region').inputValue()).toBe('Taipei')
    await page.locator('#phone').fill('02-7777-0000')
    await page.getByRole('button', { name: text('en', 'common.save') }).click()
    await leftEditPage(page)
    await visible(page.getByText('02-7777-0000').first())
    await visible(page.getByText('Taipei').first())
    await other.close()
  })

  describe('in Traditional Chinese', () => {
    let zh: Page
    let zhContext: BrowserContext

    beforeAll(async () => {
      // A browser set to Taiwan's Chinese opens in 繁體中文 with no choice made yet.
      ;({ context: zhContext, page: zh } = await newPage(browser, 'zh-TW'))
    })
    afterAll(async () => {
      await zhContext?.close()
    })

    it('signs in with the pages and the server errors in 繁體中文', async () => {
      await zh.goto(server.url)
      await visible(zh.getByRole('heading', { name: text('zh-Hant', 'auth.loginTitle') }))
      await fillLogin(zh, 'not-the-password')
      await visible(zh.getByRole('alert').getByText(text('zh-Hant', 'error.invalid_credentials')))
      await screenshot(zh, '10-login-error-zh-Hant')
      await fillLogin(zh, ADMIN.password)
      await visible(zh.getByRole('heading', { name: text('zh-Hant', 'customers.title') }))
      for (const key of ['nav.customers', 'nav.recycleBin', 'nav.users'] as const)
        // The whole label, after the icon's name: 客戶 is also the start of 客戶得失分析.
        await visible(zh.getByRole('menuitem', { name: new RegExp(`(^|\\s)${text('zh-Hant', key)}$`) }))
      await visible(zh.getByRole('button', { name: text('zh-Hant', 'customers.new') }))
      await visible(zh.getByRole('columnheader', { name: text('zh-Hant', 'label.owner') }))
    })

    it('creates, finds and edits a customer, with the audit log in 繁體中文', async () => {
      await zh.getByRole('button', { name: text('zh-Hant', 'customers.new') }).click()
      await visible(zh.locator('label[for="ownerId"]').getByText(text('zh-Hant', 'label.ownerId')))
      await zh.locator('#name').fill('台北精密工業')
      await zh.locator('#taxId').fill('x'.repeat(60))
      await zh.getByRole('button', { name: text('zh-Hant', 'customers.addContact') }).click()
      await zh.locator('#contacts_0_name').fill('王小明')
      await zh.getByRole('button', { name: text('zh-Hant', 'common.save') }).click()
      // The server's validation message, in the reader's language, under the field it concerns.
      const taxIdError = describeIssue('zh-Hant', {
        path: 'taxId',
        key: 'field.too_long',
        params: { max: 50 },
      })
      await visible(zh.getByText(taxIdError))
      await screenshot(zh, '11-server-validation-zh-Hant', false)
      await zh.locator('#taxId').fill('12345678')
      await zh.locator('#phone').fill('02-2700-1234')
      await zh.getByRole('button', { name: text('zh-Hant', 'common.save') }).click()
      await visible(zh.getByRole('heading', { name: '台北精密工業', exact: true }))

      await zh.goto(`${server.url}/customers`)
      const search = zh.getByRole('searchbox', { name: text('zh-Hant', 'label.q') })
      await search.fill('王小明')
      await search.press('Enter')
      await visible(zh.getByRole('link', { name: '台北精密工業' }))
      await visible(zh.getByText(text('zh-Hant', 'customers.total', { count: 1 })))
      await screenshot(zh, '12-search-zh-Hant')

      await zh.getByRole('link', { name: '台北精密工業' }).click()
      await zh.getByRole('button', { name: text('zh-Hant', 'common.edit') }).click()
      await zh.locator('#phone').fill('02-2700-9999')
      await zh.getByRole('button', { name: text('zh-Hant', 'common.save') }).click()
      await leftEditPage(zh)
      await visible(zh.getByText(text('zh-Hant', 'history.title'), { exact: true }))
      const phoneChange = zh
        .getByTestId('customer-history')
        .locator('[data-action="update"] li[data-field="phone"]')
      await visible(phoneChange)
      const line = await phoneChange.textContent()
      expect(line).toContain(text('zh-Hant', 'label.phone'))
      expect(line).toContain('02-2700-1234')
      expect(line).toContain('02-2700-9999')
      await visible(zh.getByTestId('customer-history').getByText(text('zh-Hant', 'audit.update')).first())
      await screenshot(zh, '13-detail-zh-Hant')
    })

    it('switches to 简体中文 in the header, remembers it, and the server answers in it', async () => {
      await switchLanguage(zh, '简体中文')
      await visible(zh.getByText(text('zh-Hans', 'history.title'), { exact: true }))
      await zh.goto(`${server.url}/customers/new`)
      await visible(zh.getByRole('heading', { name: text('zh-Hans', 'customers.new') }))
      // The browser still says zh-TW; only the app's own Accept-Language can make this Simplified.
      await zh.locator('#name').fill('上海贸易')
      await zh.locator('#taxId').fill('x'.repeat(60))
      await zh.getByRole('button', { name: text('zh-Hans', 'common.save') }).click()
      await visible(
        zh.getByText(describeIssue('zh-Hans', { path: 'taxId', key: 'field.too_long', params: { max: 50 } })),
      )
      await zh.goto(`${server.url}/customers`)
      await visible(zh.getByRole('heading', { name: text('zh-Hans', 'customers.title') }))
      await screenshot(zh, '14-list-zh-Hans')
    })
  })
})
