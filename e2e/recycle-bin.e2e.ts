import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/abacus-server'
import { post, signIn } from './support/api'
import { browserSuite } from './support/browser-suite'
import { launchChromium } from './support/chromium'
import { ADMIN, REP } from './support/people'
import { text } from './support/text'
import { newPage, screenshot, submitSetup, switchLanguage, visible } from './support/ui'

const suite = browserSuite('e2e/recycle-bin.e2e.ts')
const ORDER = 'SO-BIN-001'

suite(
  'the recycle bin: a rep deletes an order by mistake and an admin brings it back, in the browser',
  () => {
    let server: RunningServer
    let browser: Browser
    let page: Page
    let adminPage: Page
    let orderId: string

    beforeAll(async () => {
      server = await startServer()
      browser = await launchChromium()
      adminPage = (await newPage(browser, 'en-US')).page
      await adminPage.goto(`${server.url}/`)
      await submitSetup(adminPage, ADMIN)
      await visible(adminPage.locator('.ant-layout-sider'))
      expect((await adminPage.request.post(`${server.url}/api/v1/users`, { data: REP })).status()).toBe(201)

      ;({ page } = await newPage(browser, 'en-US'))
      await signIn(page.request, server, REP)
      const api = `${server.url}/api/v1`
      const customer = await post(page.request, `${api}/customers`, { name: 'Harbour Foods' })
      orderId = (
        await post(page.request, `${api}/orders`, {
          number: ORDER,
          customerId: customer.id,
          orderDate: '2026-11-20',
          total: 264_999,
        })
      ).id
      // Two more mistakes already in the bin, so the page shows kinds side by side.
      const expense = await post(page.request, `${api}/expenses`, {
        expenseDate: '2026-11-21',
        category: 'entertainment',
        amount: 88_000,
        note: 'Dinner entered twice',
      })
      const followUp = await post(page.request, `${api}/follow-ups`, {
        customerId: customer.id,
        channel: 'phone',
        summary: 'Logged on the wrong customer',
      })
      for (const url of [`${api}/expenses/${expense.id}`, `${api}/follow-ups/${followUp.id}`])
        expect((await page.request.delete(url, { headers: { 'If-Match': '"1"' } })).status()).toBe(204)
    })

    afterAll(async () => {
      await browser?.close()
      await server?.stop()
    })

    it('deletes the order from its page after a confirmation', async () => {
      await page.goto(`${server.url}/orders/${orderId}`)
      await visible(page.getByRole('heading', { name: text('en', 'orders.titleOne', { number: ORDER }) }))
      await page.getByTestId(`delete-order-${orderId}`).click()
      await visible(page.getByText(text('en', 'recycleBin.deleteConfirmTitle')))
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: text('en', 'common.delete') })
        .click()
      await page.waitForURL(/\/orders$/)
      await visible(page.getByText(text('en', 'recycleBin.movedThere', { name: ORDER })))
      await visible(page.getByText(text('en', 'orders.empty')))
    })

    it('lists it in the recycle bin with its kind, who deleted it and the days left, in English and 繁體中文', async () => {
      await page
        .locator('.ant-layout-sider')
        .getByRole('link', { name: text('en', 'nav.recycleBin') })
        .click()
      await visible(page.getByRole('heading', { name: text('en', 'recycleBin.title') }))
      const row = page.locator('.ant-table-row').filter({ hasText: ORDER })
      await visible(row)
      const words = await row.textContent()
      expect(words).toContain(text('en', 'bin.kind.order'))
      expect(words).toContain('Harbour Foods')
      expect(words).toContain('2,649.99')
      expect(words).toContain(text('en', 'recycleBin.by', { name: REP.name }))
      expect(words).toContain(text('en', 'recycleBin.days', { days: 90 }))
      await expect.poll(() => page.locator('.ant-table-row').count()).toBe(3)
      // The rep sees what is there and for how long, but restoring is an admin's (DOMAIN.md).
      await visible(page.getByText(text('en', 'recycleBin.subtitle')))
      expect(await page.getByTestId(`restore-order-${orderId}`).count()).toBe(0)
      expect(await page.getByRole('button', { name: text('en', 'recycleBin.restore') }).count()).toBe(0)
      // The deletion's message fades first: the picture is of the bin.
      await page.locator('.ant-message-notice').waitFor({ state: 'detached', timeout: 10_000 })
      await screenshot(page, 'recycle-bin-01-en')

      await switchLanguage(page, '繁體中文')
      await visible(page.getByRole('heading', { name: text('zh-Hant', 'recycleBin.title') }))
      const zhRow = page.locator('.ant-table-row').filter({ hasText: ORDER })
      expect(await zhRow.textContent()).toContain(text('zh-Hant', 'bin.kind.order'))
      expect(await zhRow.textContent()).toContain(text('zh-Hant', 'recycleBin.days', { days: 90 }))
      await visible(page.getByText(text('zh-Hant', 'expenseCategory.entertainment')))
      await screenshot(page, 'recycle-bin-02-zh-Hant')
      await switchLanguage(page, 'English')
    })

    it('refuses the rep a restore through the API too, and lets the admin restore the order', async () => {
      const refused = await page.request.post(`${server.url}/api/v1/recycle-bin/order/${orderId}/restore`)
      expect(refused.status()).toBe(403)
      expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
        'Only an administrator can restore from the recycle bin.',
      )

      await adminPage.goto(`${server.url}/recycle-bin`)
      await visible(adminPage.getByRole('heading', { name: text('en', 'recycleBin.title') }))
      await visible(adminPage.getByTestId(`restore-order-${orderId}`))
      await screenshot(adminPage, 'recycle-bin-03-admin-en')
      await adminPage.getByTestId(`restore-order-${orderId}`).click()
      await visible(
        adminPage.getByText(
          text('en', 'recycleBin.restoredKind', { kind: text('en', 'bin.kind.order'), name: ORDER }),
        ),
      )
      await expect.poll(() => adminPage.locator('.ant-table-row').filter({ hasText: ORDER }).count()).toBe(0)
    })

    it('shows the rep their order back in the list of orders', async () => {
      await page.goto(`${server.url}/orders`)
      await visible(page.locator('.ant-table-row').filter({ hasText: ORDER }))
    })
  },
)
