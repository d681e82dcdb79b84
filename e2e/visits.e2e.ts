import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/abacus-server'
import { launchChromium } from './support/chromium'
import { browserSuite } from './support/browser-suite'
import { text } from './support/text'
import { newPage, screenshot, submitLogin, visible } from './support/ui'
import { post } from './support/api'
import { asFirstAdmin } from './support/first-admin'
import { REP } from './support/people'

const suite = browserSuite('e2e/visits.e2e.ts')

const CUSTOMER = {
  name: 'Harbour Foods',
  status: 'active',
  interests: ['sailing'],
  meetingStyle: 'brief',
  contacts: [{ name: 'Mei Lin', title: 'Buyer', phone: '0912-345-678' }],
}
const OBJECTIVE = 'Get the spring olive oil order'
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

suite('visits: plan, brief, check-in and review on a phone, and the follow-up it logs', () => {
  let server: RunningServer
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let phone: Page
  let customerId = ''
  let visitId = ''

  beforeAll(async () => {
    server = await startServer()
    browser = await launchChromium()
    await asFirstAdmin(browser, server, (add) => add('/users', REP))
    ;({ context, page } = await newPage(browser, 'en-US'))
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('plans a visit from the customer page; a FAB item without a benefit is refused by name', async () => {
    await page.goto(server.url)
    await submitLogin(page, REP)
    await page.waitForURL(/\/agenda$/)
    customerId = (await post(page.request, `${server.url}/api/v1/customers`, CUSTOMER)).id

    await page.goto(`${server.url}/customers/${customerId}`)
    await page
      .getByTestId('customer-visits')
      .getByRole('button', { name: text('en', 'visits.plan') })
      .click()
    await page.waitForURL(/\/visits\/new\?customer=/)
    const form = page.getByTestId('visit-plan-form')
    await form.getByLabel(`${text('en', 'label.objectives')} 1`).fill(OBJECTIVE)
    await form.getByRole('button', { name: text('en', 'visits.addFab') }).click()
    await form.getByLabel(text('en', 'label.feature')).fill('Cold-pressed')
    await form.getByRole('button', { name: text('en', 'common.save') }).click()
    await visible(
      form.getByText('FAB items #1 Benefit is required: a FAB item needs its benefit to the customer.'),
    )
    await form.getByLabel(text('en', 'label.benefit')).fill('Their salads sell at a premium')
    await screenshot(page, 'visits-plan', false)
    await form.getByRole('button', { name: text('en', 'common.save') }).click()
    await page.waitForURL(/\/visits\/[0-9a-f-]{36}$/)
    visitId = page.url().split('/').pop() ?? ''
    await visible(
      page.getByRole('heading', { name: text('en', 'visits.visitTo', { customer: CUSTOMER.name }) }),
    )
    await visible(page.getByText(OBJECTIVE))
  })

  it('puts the planned visit on the agenda of its day, linked to the visit', async () => {
    const visit = (await (await page.request.get(`${server.url}/api/v1/visits/${visitId}`)).json()) as {
      startsOn: string
      startTime: string
    }
    await page.goto(`${server.url}/agenda?date=${visit.startsOn}`)
    const card = page.getByTestId('agenda-visits')
    await visible(card.getByText(text('en', 'visitStatus.planned')))
    await visible(card.getByText(new RegExp(`^${visit.startTime}–`)))
    await card.getByRole('link', { name: CUSTOMER.name }).click()
    await page.waitForURL(new RegExp(`/visits/${visitId}$`))
  })

  it('opens the printable brief with the customer’s interests, receivable and the plan', async () => {
    await page.getByRole('button', { name: text('en', 'visits.brief') }).click()
    await page.waitForURL(/\/brief$/)
    const brief = page.getByTestId('visit-brief')
    await visible(
      brief.getByRole('heading', { name: text('en', 'visits.briefTitle', { customer: CUSTOMER.name }) }),
    )
    await visible(brief.getByText('sailing'))
    await visible(brief.getByRole('heading', { name: text('en', 'visits.briefReceivable') }))
    await visible(brief.getByText('Their salads sell at a premium'))
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('button', { name: text('en', 'visits.print') }).isVisible()).resolves.toBe(
      false,
    )
    await screenshot(page, 'visits-brief-print')
    await page.emulateMedia({ media: 'screen' })
  })

  it('checks in and writes the review on a phone; the review logs the follow-up record', async () => {
    const small = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'en-US',
      storageState: await context.storageState(),
    })
    phone = await small.newPage()
    phone.setDefaultTimeout(15_000)
    await phone.goto(`${server.url}/visits/${visitId}/check-in`)
    await visible(
      phone.getByRole('heading', { name: text('en', 'visits.checkInTitle', { customer: CUSTOMER.name }) }),
    )
    await screenshot(phone, 'visits-phone-check-in')
    // The page fits the phone: nothing scrolls sideways.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await phone
      .getByTestId('check-in-form')
      .getByRole('button', { name: text('en', 'visits.checkInNow') })
      .click()
    await phone.waitForURL(new RegExp(`/visits/${visitId}$`))
    await visible(phone.getByText(text('en', 'visitStatus.checked_in')).first())

    await phone.goto(`${server.url}/visits/${visitId}/review`)
    const form = phone.getByTestId('review-form')
    await form.getByTestId('objective-0').getByText(text('en', 'objectiveResult.partly')).click()
    await form.getByLabel(text('en', 'label.reason')).fill('The buyer wants a tasting first')
    await form.getByRole('button', { name: text('en', 'visits.addAction') }).click()
    await form.getByLabel(text('en', 'label.actions')).fill('Bring tasting samples')
    await form.getByRole('button', { name: text('en', 'visits.saveReview') }).click()
    // No due date: refused by the server, under the field, and nothing saved.
    await visible(
      form.getByText(
        'Improvement actions #1 Due date is required: every improvement action needs a due date.',
      ),
    )
    await form.getByLabel(text('en', 'label.dueOn')).fill(inDays(7))
    await form.getByLabel(text('en', 'label.customerView')).fill('Likes the oil, worried about the price')
    await screenshot(phone, 'visits-phone-review')
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    await form.getByRole('button', { name: text('en', 'visits.saveReview') }).click()
    await phone.waitForURL(new RegExp(`/visits/${visitId}$`))
    await visible(phone.getByText(text('en', 'visitStatus.reviewed')).first())
    await visible(phone.getByText('Bring tasting samples'))

    // The follow-up record, on the follow-ups page and in the customer's timeline.
    await page.goto(`${server.url}/follow-ups`)
    await visible(page.getByText(/Visit review: 0 of 1 objectives achieved/).first())
    await page.goto(`${server.url}/customers/${customerId}`)
    await visible(page.getByText(/Visit review: 0 of 1 objectives achieved/).first())
    await screenshot(page, 'visits-customer-timeline')
    await small.close()
  })
})
