import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/abacus-server'
import { launchChromium } from './support/chromium'
import { browserSuite } from './support/browser-suite'
import { text } from './support/text'
import { newPage, screenshot, visible } from './support/ui'
import { post, signIn } from './support/api'
import { asFirstAdmin } from './support/first-admin'
import { MANAGER, REP } from './support/people'

const suite = browserSuite('e2e/field-reports.e2e.ts')

const CUSTOMER = 'Harbour Foods'
const SUMMARY = 'Agreed the Christmas order quantities'
const PROBLEM = 'Two customers pay 60 days late'
const SOLUTION = 'Call every Monday; visit with the manager past 45 days'
const COMMENT = 'Good plan: bring the list of late payers next month.'

suite('reports from the field: the daily check-in on a phone, the monthly report and its comment', () => {
  let server: RunningServer
  let browser: Browser
  let phone: { context: BrowserContext; page: Page }
  let manager: { context: BrowserContext; page: Page }
  let rep: { context: BrowserContext; page: Page }

  beforeAll(async () => {
    server = await startServer()
    browser = await launchChromium()
    await asFirstAdmin(browser, server, async (add) => {
      const manager = await add('/users', MANAGER)
      await add('/users', { ...REP, managerId: manager.id })
    })
    // The rep's day so far: a customer and a call this morning.
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'en-US',
      isMobile: true,
      hasTouch: true,
    })
    const page = await context.newPage()
    page.setDefaultTimeout(15_000)
    phone = { context, page }
    await signIn(page.request, server, REP)
    const customer = await post(page.request, `${server.url}/api/v1/customers`, {
      name: CUSTOMER,
      status: 'active',
    })
    await post(page.request, `${server.url}/api/v1/follow-ups`, {
      customerId: customer.id,
      channel: 'phone',
      summary: SUMMARY,
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it("prefills the rep's daily report on a phone from the day's follow-up, and submits it", async () => {
    const { page } = phone
    await page.goto(`${server.url}/daily-report`)
    await visible(page.getByRole('heading', { name: text('en', 'dailyReport.title') }))
    await visible(page.getByText(text('en', 'dailyReport.notCheckedIn')))
    const groups = page.getByTestId('done-groups')
    await visible(groups.getByText(CUSTOMER))
    expect(await groups.textContent()).toContain(SUMMARY)
    const done = page.locator('#done')
    await expect.poll(() => done.inputValue()).toContain(`${CUSTOMER} — Phone: ${SUMMARY}`)
    // Nothing on the page is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await screenshot(page, 'field-reports-01-daily-phone-en')

    await done.press('Control+End')
    await done.pressSequentially('\n• Prepared the price list for Monday')
    await page.locator('#plan').fill('• 09:00 visit Harbour Foods with samples')
    await page.getByRole('button', { name: text('en', 'dailyReport.submit') }).tap()
    await visible(page.getByText(text('en', 'dailyReport.submitted')))
    await visible(page.getByText(/^Checked in /))
    await visible(page.getByRole('button', { name: text('en', 'dailyReport.update') }))
    const history = page.getByTestId('daily-history')
    await visible(history.getByText(text('en', 'dailyReport.activityCounts', { followUps: 1, visits: 0 })))
    await screenshot(page, 'field-reports-02-daily-phone-submitted-en')
  })

  it('shows the manager who checked in, and the report behind it', async () => {
    manager = await newPage(browser, 'en-US')
    await signIn(manager.page.request, server, MANAGER)
    const { page } = manager
    await page.goto(`${server.url}/check-ins`)
    await visible(page.getByRole('heading', { name: text('en', 'checkIns.title') }))
    const rows = page.getByTestId('check-ins').locator('.ant-table-row')
    const repRow = rows.filter({ hasText: REP.name })
    await visible(repRow.getByText(/^Checked in /))
    // The manager has not checked in: listed first.
    expect(await rows.nth(0).textContent()).toContain(MANAGER.name)
    expect(await rows.nth(0).textContent()).toContain(text('en', 'checkIns.missing'))
    await screenshot(page, 'field-reports-03-check-ins-en')
    await repRow.getByRole('button', { name: text('en', 'checkIns.view') }).click()
    const view = page.getByTestId('daily-report-view')
    await visible(view.getByText('Prepared the price list for Monday'))
    expect(await view.textContent()).toContain('09:00 visit Harbour Foods with samples')
    await page.keyboard.press('Escape')
  })

  it('refuses a problem without a solution, then submits the monthly report with its numbers frozen', async () => {
    rep = await newPage(browser, 'en-US')
    const { page } = rep
    await signIn(page.request, server, REP)
    await page.goto(`${server.url}/monthly-reports`)
    const mine = page.getByTestId('my-monthly-report')
    await visible(mine.getByText(text('en', 'monthlyReport.notStarted')))
    await mine.getByRole('button', { name: text('en', 'monthlyReport.write') }).click()
    const form = page.getByTestId('monthly-report-form')
    await visible(form)
    await visible(page.getByTestId('month-figures').getByText(text('en', 'monthlyReport.figuresLive')))
    await page.locator('#summary').fill('A quiet month of follow-ups.')
    await page.locator('#problems_0_problem').fill(PROBLEM)
    await page.getByRole('button', { name: text('en', 'monthlyReport.saveDraft') }).click()
    await visible(form.getByText(text('en', 'monthlyReport.solutionRequired')))
    const none = await page.request.get(`${server.url}/api/v1/monthly-reports`)
    expect((await none.json()).items).toEqual([])

    await page.locator('#problems_0_solution').fill(SOLUTION)
    await page.locator('#nextMonthPlan').fill('Visit every A customer once.')
    await screenshot(page, 'field-reports-04-monthly-form-en')
    await page.getByRole('button', { name: text('en', 'monthlyReport.submit') }).click()
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: text('en', 'monthlyReport.submit') })
      .click()
    await page.waitForURL(/\/monthly-reports\/[0-9a-f-]+$/)
    await visible(page.getByText(text('en', 'monthlyReport.submittedMessage')))
    const body = page.getByTestId('monthly-report-body')
    await visible(body.getByText(SOLUTION))
    expect(await page.getByTestId('month-figures').textContent()).toContain('As submitted')
    // This month's follow-up of the rep is counted.
    expect(await page.getByTestId('month-figures').textContent()).toContain(
      `${text('en', 'monthlyReport.followUps')}1`,
    )
  })

  it("takes the manager's comment, which the rep then reads", async () => {
    const { page } = manager
    await page.goto(`${server.url}/monthly-reports`)
    const row = page.getByTestId('monthly-reports').locator('.ant-table-row').filter({ hasText: REP.name })
    await visible(row.getByText(text('en', 'monthlyReport.awaitingComment')))
    await row.getByRole('link', { name: REP.name }).click()
    const comments = page.getByTestId('monthly-comments')
    await visible(comments.getByText(text('en', 'monthlyReport.noComments')))
    await comments.locator('textarea').fill(COMMENT)
    await comments.getByRole('button', { name: text('en', 'monthlyReport.addComment') }).click()
    await visible(comments.getByText(COMMENT))
    await screenshot(page, 'field-reports-05-monthly-comment-en')

    await rep.page.reload()
    const seen = rep.page.getByTestId('monthly-comments')
    await visible(seen.getByText(COMMENT))
    expect(await seen.textContent()).toContain(MANAGER.name)
    // The rep reads it, but neither edits the submitted report nor comments on it.
    expect(await seen.locator('textarea').count()).toBe(0)
    expect(await rep.page.getByTestId('monthly-report-form').count()).toBe(0)
  })
})
