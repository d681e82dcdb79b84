import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/abacus-server'
import { launchChromium } from './support/chromium'
import { browserSuite } from './support/browser-suite'
import { text } from './support/text'
import { newPage, pickOption, screenshot, submitLogin, switchLanguage, visible } from './support/ui'
import { post, signIn } from './support/api'
import { asFirstAdmin } from './support/first-admin'
import { MANAGER, REP } from './support/people'

const suite = browserSuite('e2e/follow-ups.e2e.ts')

// Created today by the rep and never followed up: due today (DOMAIN.md "Follow-up cadence").
const DUE = { name: 'Harbour Foods', phone: '02-2345-6789' }
// New customers are C (ABC classification has not run): 30 days' interval, last touched 35 days ago.
const OVERDUE = { name: '九龍烘焙坊有限公司', phone: '0912-345-678' }
const SUMMARY = 'Called about the spring price list; they want samples of the new olive oil.'

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()

suite('follow-ups: the agenda, the quick log and the timeline, end to end in the browser', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page
  let dueId = ''
  let overdueId = ''

  beforeAll(async () => {
    server = await startServer()
    browser = await launchChromium()
    // The first admin and a rep, through the API: this spec is about the rep's day, not the setup.
    await asFirstAdmin(browser, server, async (add) => {
      const manager = await add('/users', MANAGER)
      await add('/users', { ...REP, managerId: manager.id })
    })
    ;({ page } = await newPage(browser, 'en-US'))
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('signs the rep in and lands on the agenda, not the customer list', async () => {
    await page.goto(server.url)
    await visible(page.getByRole('heading', { name: text('en', 'auth.loginTitle') }))
    await submitLogin(page, REP)
    await page.waitForURL(/\/agenda$/)
    await visible(page.getByRole('heading', { name: text('en', 'agenda.title') }))
    await visible(page.getByTestId('agenda-empty').getByText(text('en', 'agenda.nothingToday')))

    // The rep's customers, a past follow-up and a collection plan, as a CRM that has run a while.
    const request = page.request
    dueId = (await post(request, `${server.url}/api/v1/customers`, DUE)).id
    overdueId = (await post(request, `${server.url}/api/v1/customers`, OVERDUE)).id
    await post(request, `${server.url}/api/v1/follow-ups`, {
      customerId: overdueId,
      happenedAt: daysAgo(35),
      channel: 'visit',
      durationMinutes: 45,
      summary: 'First visit: met the owner, tasted the bread.',
    })
    await post(request, `${server.url}/api/v1/orders`, {
      number: 'SO-E2E-101',
      customerId: dueId,
      orderDate: daysAgo(10).slice(0, 10),
      total: 264_999,
    })
    await post(request, `${server.url}/api/v1/collections`, {
      customerId: dueId,
      collectedOn: daysAgo(2).slice(0, 10),
      amount: 100_000,
      method: 'transfer',
    })
    await post(request, `${server.url}/api/v1/collection-plans`, {
      customerId: overdueId,
      dueOn: daysAgo(3).slice(0, 10),
      amount: 1_250_000,
    })
  })

  it('shows the customer due today and the overdue one first, with the collection plan due', async () => {
    await page.reload()
    const rows = page.getByTestId('agenda-list').locator('.ant-table-row')
    await visible(rows.filter({ hasText: DUE.name }))
    expect(await rows.count()).toBe(2)
    // Overdue first, with its days; then the one due today.
    expect(await rows.nth(0).textContent()).toContain(OVERDUE.name)
    expect(await rows.nth(0).textContent()).toContain(text('en', 'agenda.overdueDays', { days: 5 }))
    expect(await rows.nth(1).textContent()).toContain(text('en', 'agenda.dueToday'))
    expect(await rows.nth(1).locator(`a[href^="tel:"]`).getAttribute('href')).toBe('tel:0223456789')
    await expect
      .poll(() => page.getByTestId('agenda-counts').textContent(), { timeout: 10_000 })
      .toMatch(/1.*1/)
    const plan = page.getByTestId('agenda-plans').locator('.ant-table-row')
    expect(await plan.textContent()).toContain('12,500.00')
    await screenshot(page, 'follow-ups-01-agenda-en')
  })

  it('logs a phone follow-up through the quick-log modal: focus on the summary, Ctrl+Enter saves', async () => {
    const row = page.getByTestId('agenda-list').locator('.ant-table-row').filter({ hasText: DUE.name })
    await row.getByRole('button', { name: text('en', 'followUps.log') }).click()
    const modal = page.locator('.ant-modal')
    await visible(modal.getByText(text('en', 'followUps.logFor', { customer: DUE.name })))
    // The summary has the focus: the rep types straight away. Phone is the channel already chosen.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('summary')
    await page.keyboard.type(SUMMARY)
    const selected = modal.locator('.ant-segmented-item-selected')
    expect(await selected.textContent()).toBe(text('en', 'followUps.channel.phone'))
    await modal.locator('.ant-tag-checkable').filter({ hasText: /^15$/ }).click()
    expect(await modal.locator('#durationMinutes').inputValue()).toBe('15')
    await modal.locator('#nextStep').fill('Send samples')
    await screenshot(page, 'follow-ups-02-modal-en', false)

    await modal.locator('#nextStep').press('Control+Enter')
    await modal.waitFor({ state: 'hidden' })
    await visible(page.getByText(text('en', 'followUps.logged', { customer: DUE.name })))
    // The customer leaves today's list; the overdue one stays.
    const rows = page.getByTestId('agenda-list').locator('.ant-table-row')
    await rows.filter({ hasText: DUE.name }).waitFor({ state: 'detached' })
    expect(await rows.count()).toBe(1)
  })

  it("shows the follow-up on the customer's timeline, beside the follow-up list", async () => {
    await page.goto(`${server.url}/customers/${dueId}`)
    const timeline = page.getByTestId('customer-timeline')
    const entry = timeline.locator('[data-kind="follow_up"]').filter({ hasText: SUMMARY })
    await visible(entry)
    expect(await entry.textContent()).toContain(text('en', 'followUps.channel.phone'))
    expect(await entry.textContent()).toContain(REP.name)
    // Orders and collections of the customer sit in the same timeline, with their amounts.
    expect(await timeline.locator('[data-kind="order"]').textContent()).toContain('2,649.99')
    const collection = timeline.locator('[data-kind="collection"]')
    expect(await collection.textContent()).toContain('1,000.00')
    expect(await collection.textContent()).toContain(text('en', 'method.transfer'))
    await timeline.scrollIntoViewIfNeeded()
    await screenshot(page, 'follow-ups-03-timeline-en')

    await page
      .locator('.ant-layout-sider')
      .getByRole('link', { name: text('en', 'nav.followUps') })
      .click()
    const listed = page.getByTestId('follow-up-table').locator('.ant-table-row')
    await visible(listed.filter({ hasText: SUMMARY }))
    expect(await listed.count()).toBe(2)
    await screenshot(page, 'follow-ups-04-list-en')
  })

  it('reads the same in 繁體中文, and says so kindly when nothing is left for today', async () => {
    await page.goto(`${server.url}/agenda`)
    await switchLanguage(page, '繁體中文')
    await visible(page.getByRole('heading', { name: text('zh-Hant', 'agenda.title') }))
    const row = page.getByTestId('agenda-list').locator('.ant-table-row').filter({ hasText: OVERDUE.name })
    await visible(row.getByText(text('zh-Hant', 'agenda.overdueDays', { days: 5 })))
    await screenshot(page, 'follow-ups-05-agenda-zh-Hant')
    // Reps read it on their phones too.
    await page.setViewportSize({ width: 390, height: 844 })
    await screenshot(page, 'follow-ups-05b-agenda-phone-zh-Hant')
    await page
      .getByTestId('agenda-list')
      .getByRole('button', { name: text('zh-Hant', 'followUps.log') })
      .click()
    await visible(page.locator('.ant-modal').getByText(text('zh-Hant', 'followUps.channel.phone')))
    await screenshot(page, 'follow-ups-05c-modal-phone-zh-Hant', false)
    await page
      .locator('.ant-modal')
      .getByRole('button', { name: text('zh-Hant', 'common.cancel') })
      .click()
    await page.locator('.ant-modal').waitFor({ state: 'hidden' })
    await page.setViewportSize({ width: 1440, height: 900 })

    await row.getByRole('button', { name: text('zh-Hant', 'followUps.log') }).click()
    const modal = page.locator('.ant-modal')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('summary')
    await modal.getByText(text('zh-Hant', 'followUps.channel.visit')).click()
    await page.locator('#summary').fill('拜訪老闆，確認下週送樣品。')
    await modal.locator('#outcome').fill('同意試用兩箱')
    await screenshot(page, 'follow-ups-06-modal-zh-Hant', false)
    await modal.getByRole('button', { name: text('zh-Hant', 'common.save') }).click()
    await modal.waitFor({ state: 'hidden' })
    await visible(page.getByTestId('agenda-empty').getByText(text('zh-Hant', 'agenda.nothingToday')))
    await screenshot(page, 'follow-ups-07-agenda-empty-zh-Hant')

    await page.goto(`${server.url}/customers/${overdueId}`)
    const timeline = page.getByTestId('customer-timeline')
    await visible(timeline.getByText('拜訪老闆，確認下週送樣品。'))
    expect(await timeline.locator('[data-kind="follow_up"]').count()).toBe(2)
    await timeline.scrollIntoViewIfNeeded()
    await screenshot(page, 'follow-ups-08-timeline-zh-Hant')
  })

  it('lets a manager start on their own agenda and pick a rep of their team', async () => {
    const { context, page: managerPage } = await newPage(browser, 'en-US')
    await signIn(managerPage.request, server, MANAGER)
    await managerPage.goto(server.url)
    await managerPage.waitForURL(/\/agenda$/)
    await visible(managerPage.getByTestId('agenda-empty'))
    await pickOption(
      managerPage,
      managerPage.getByRole('combobox', { name: text('en', 'label.repId') }),
      REP.name,
    )
    await managerPage.waitForURL(/[?&]rep=/)
    await visible(managerPage.getByText(text('en', 'agenda.of', { name: REP.name })))
    // Everything due today was logged above: the rep's day is clear, the collection plan still open.
    await visible(managerPage.getByTestId('agenda-empty'))
    await visible(managerPage.getByTestId('agenda-plans').getByText(OVERDUE.name))
    await screenshot(managerPage, 'follow-ups-09-agenda-manager-en')
    await context.close()
  })
})
