import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/abacus-server'
import { launchChromium } from './support/chromium'
import { browserSuite } from './support/browser-suite'
import { text } from './support/text'
import { newPage, screenshot, submitLogin, switchLanguage, visible } from './support/ui'
import { post, signIn } from './support/api'
import { asFirstAdmin } from './support/first-admin'
import { MANAGER, REP } from './support/people'

const suite = browserSuite('e2e/callback-audits.e2e.ts')

const AUDITOR = {
  name: 'Aude Auditor',
  email: 'aude@example.com',
  password: 'correct-horse-4',
  role: 'auditor',
}
const CUSTOMER = { name: '九龍烘焙坊有限公司', phone: '02-2345-6789' }
const SUMMARY = 'Visited the owner and tasted the new olive-oil bread; they asked for a price list.'
const NOTE = 'The owner says nobody from us has visited this month.'

suite('callback audits: draw, call, and the manager hears of a discrepancy', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    server = await startServer()
    browser = await launchChromium()
    await asFirstAdmin(browser, server, async (add) => {
      const manager = await add('/users', MANAGER)
      await add('/users', { ...REP, managerId: manager.id })
      await add('/users', AUDITOR)
    })
    // The rep's customer and a follow-up logged now: this month's record to audit.
    const rep = await newPage(browser, 'en-US')
    await signIn(rep.page.request, server, REP)
    const customer = await post(rep.page.request, `${server.url}/api/v1/customers`, {
      ...CUSTOMER,
      contacts: [{ name: '陳老闆', title: '店長', phone: '0912-345-678' }],
    })
    await post(rep.page.request, `${server.url}/api/v1/follow-ups`, {
      customerId: customer.id,
      channel: 'visit',
      durationMinutes: 45,
      summary: SUMMARY,
    })
    await rep.context.close()
    ;({ page } = await newPage(browser, 'en-US'))
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('lands the auditor on the callback audits page, where they draw this month’s sample', async () => {
    await page.goto(server.url)
    await submitLogin(page, AUDITOR)
    // The auditor's work is the callbacks: they start there, not on the customers.
    await visible(page.getByRole('heading', { name: text('en', 'callbackAudits.title') }))
    expect(new URL(page.url()).pathname).toBe('/callback-audits')
    await visible(page.getByText(text('en', 'callbackAudits.empty')))
    await page.getByRole('button', { name: text('en', 'callbackAudits.newDraw') }).click()
    const modal = page.locator('.ant-modal')
    await modal.locator('.ant-picker-range').click()
    await page
      .locator('.ant-picker-presets li')
      .filter({ hasText: text('en', 'monitor.thisMonth') })
      .click()
    await screenshot(page, 'callback-audits-01-new-draw-en', false)
    await modal.getByRole('button', { name: text('en', 'callbackAudits.draw') }).click()
    await page.waitForURL(/\/callback-audits\/draws\//)
    const item = page.getByTestId('audit-item').filter({ hasText: CUSTOMER.name })
    await visible(item)
    // Whom to call, as tel: links, and what the rep claimed.
    expect(await item.locator('a[href="tel:0223456789"]').count()).toBe(1)
    expect(await item.locator('a[href="tel:0912345678"]').count()).toBe(1)
    expect(await item.textContent()).toContain(SUMMARY)
    expect(await item.textContent()).toContain(REP.name)
    await screenshot(page, 'callback-audits-02-work-list-en')
  })

  it('records a discrepancy with the customer’s satisfaction and a note', async () => {
    const item = page.getByTestId('audit-item').filter({ hasText: CUSTOMER.name })
    await item.getByRole('button', { name: text('en', 'callbackAudits.record') }).click()
    const modal = page.locator('.ant-modal')
    await modal.getByText(text('en', 'auditResult.discrepancy'), { exact: true }).click()
    // Saving without a note is refused: the manager must learn what did not match.
    await modal.locator('.ant-rate-star').nth(1).click()
    await modal.getByRole('button', { name: text('en', 'common.save') }).click()
    await visible(modal.getByText(text('en', 'field.discrepancy_note')))
    await modal.locator('#note').fill(NOTE)
    await screenshot(page, 'callback-audits-03-result-en', false)
    await modal.getByRole('button', { name: text('en', 'common.save') }).click()
    await modal.waitFor({ state: 'hidden' })
    // Called items leave the "to call" list; the "called" one shows the result.
    await page
      .locator('.ant-segmented-item')
      .filter({ hasText: text('en', 'callbackAudits.called') })
      .click()
    const called = page.getByTestId('audit-item').filter({ hasText: CUSTOMER.name })
    await visible(called.getByText(NOTE))
    await visible(called.getByText(text('en', 'auditResult.discrepancy')))
    await screenshot(page, 'callback-audits-04-called-en')
  })

  it('shows the rep’s manager the notification, and the result behind it', async () => {
    const { context, page: manager } = await newPage(browser, 'en-US')
    await signIn(manager.request, server, MANAGER)
    await manager.goto(`${server.url}/customers`)
    const bell = manager.getByTestId('notification-bell')
    await visible(bell)
    await expect
      .poll(() => manager.locator('.ant-badge .ant-scroll-number').first().textContent(), { timeout: 10_000 })
      .toBe('1')
    await screenshot(manager, 'callback-audits-05-bell-en', false)
    await bell.click()
    await manager.waitForURL(/\/notifications$/)
    const entry = manager.getByTestId('notification-list').locator('.ant-list-item')
    await visible(entry.filter({ hasText: CUSTOMER.name }))
    expect(await entry.first().textContent()).toContain(NOTE)
    expect(await entry.first().getAttribute('data-unread')).toBe('true')
    await screenshot(manager, 'callback-audits-06-notifications-en')
    await entry
      .first()
      .getByRole('link', { name: text('en', 'notifications.open') })
      .click()
    await manager.waitForURL(/\/callback-audits\/draws\//)
    await visible(manager.getByTestId('audit-item').getByText(NOTE))
    // Reading it clears the badge.
    await expect
      .poll(() => manager.locator('.ant-badge .ant-scroll-number').count(), { timeout: 10_000 })
      .toBe(0)
    await manager.goto(`${server.url}/callback-audits/rates`)
    const rates = manager.getByTestId('rates-table')
    await manager.getByRole('combobox', { name: text('en', 'callbackAudits.ratesOf') }).click()
    await manager.locator('.ant-select-dropdown:visible .ant-select-item-option').nth(1).click()
    await visible(rates.locator('.ant-table-row').filter({ hasText: REP.name }))
    expect(await rates.locator('.ant-table-row').filter({ hasText: REP.name }).textContent()).toContain(
      '0.0 %',
    )
    await screenshot(manager, 'callback-audits-07-rates-en')
    await context.close()
  })

  it('reads the same in 繁體中文 on a phone, the auditor’s work list', async () => {
    await page.goto(`${server.url}/callback-audits`)
    await switchLanguage(page, '繁體中文')
    await visible(page.getByRole('heading', { name: text('zh-Hant', 'callbackAudits.title') }))
    await screenshot(page, 'callback-audits-08-draws-zh-Hant')
    await page.getByTestId('draw-table').locator('a').first().click()
    await page.setViewportSize({ width: 390, height: 844 })
    await page
      .locator('.ant-segmented-item')
      .filter({ hasText: text('zh-Hant', 'callbackAudits.all') })
      .click()
    await visible(page.getByTestId('audit-item').getByText(text('zh-Hant', 'auditResult.discrepancy')))
    await screenshot(page, 'callback-audits-09-work-list-phone-zh-Hant')
    await page
      .getByTestId('audit-item')
      .getByRole('button', { name: text('zh-Hant', 'callbackAudits.correct') })
      .click()
    await visible(page.locator('.ant-modal').getByText(text('zh-Hant', 'auditResult.unreachable')))
    await screenshot(page, 'callback-audits-10-correct-phone-zh-Hant', false)
  })
})
