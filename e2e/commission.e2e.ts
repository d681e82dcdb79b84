import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Locator, Page } from 'playwright-core'
import { parseMoney } from '../src/core/money/parse-money'
import { startServer, type RunningServer } from './support/abacus-server'
import { launchChromium } from './support/chromium'
import { browserSuite } from './support/browser-suite'
import { text } from './support/text'
import { newPage, pickOption, screenshot, switchLanguage, visible } from './support/ui'
import { addUser } from './support/add-user'
import { post } from './support/api'
import { ADMIN } from './support/people'

const suite = browserSuite('e2e/commission.e2e.ts')

// The server's "today" is Taipei's; the browser's month is the same on all but a few hours a month.
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei' }).format(new Date())

/** Every amount in a statement table's last column, read back from what the page shows. */
const amounts = async (table: Locator) =>
  (await table.locator('tbody tr.ant-table-row td:last-child').allInnerTexts()).map(
    (t) => parseMoney(t)?.minor ?? NaN,
  )

suite('commission: a plan made in the editor, assigned, and a statement whose lines add up', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    server = await startServer()
    browser = await launchChromium()
    ;({ page } = await newPage(browser, 'en-US'))
    const api = (path: string) => `${server.url}/api/v1${path}`
    await post(page.request, api('/setup'), ADMIN)
    const user = (name: string, role: string) => addUser(page.request, server, name, role)
    const ray = await user('Ray', 'rep')
    await user('Rita', 'rep')
    // Ray: a new customer this month whose first order is 20 000, and 150 000.00 collected.
    const customer = await post(page.request, api('/customers'), { name: '鼎盛精密', ownerId: ray.id })
    const order = await post(page.request, api('/orders'), {
      number: 'SO-1',
      customerId: customer.id,
      orderDate: today,
      total: 2_000_000,
    })
    await post(page.request, api('/collections'), {
      customerId: customer.id,
      orderId: order.id,
      collectedOn: today,
      amount: 15_000_000,
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('creates a plan whose brackets are checked as they are typed', async () => {
    await page.goto(`${server.url}/commission/plans`)
    await visible(page.getByRole('heading', { name: text('en', 'commission.title') }))
    await page.getByRole('button', { name: text('en', 'commission.newPlan') }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel(text('en', 'label.name')).fill('Standard')
    // A gap after the first bracket is named before anything is sent.
    const secondFrom = dialog.getByLabel(`${text('en', 'commission.bracketFrom')} 2`)
    await secondFrom.fill('150,000')
    await visible(
      dialog
        .getByTestId('bracket-issues')
        .getByText(
          text('en', 'field.bracket_gap', { n: 2, previous: 1, from: '150000.00', to: '100000.00' }),
        ),
    )
    await screenshot(page, 'commission-plan-gap-en', false)
    await secondFrom.fill('100000.00')
    await visible(dialog.getByText(text('en', 'commission.bracketsValid')))
    await dialog.getByLabel(text('en', 'label.newCustomerBonus')).fill('500')
    await dialog.getByLabel(text('en', 'label.bonusMinOrder')).fill('10,000')
    await screenshot(page, 'commission-plan-editor-en', false)
    await dialog.getByRole('button', { name: text('en', 'common.save') }).click()
    await visible(page.getByTestId('commission-plans').getByRole('cell', { name: 'Standard', exact: true }))
    await screenshot(page, 'commission-plans-en')
  })

  it('assigns the plan to a rep for this year', async () => {
    await page.getByRole('tab', { name: text('en', 'commission.tabAssignments') }).click()
    await page.getByRole('button', { name: text('en', 'commission.assign') }).click()
    const dialog = page.getByRole('dialog')
    await pickOption(page, dialog.getByRole('combobox', { name: text('en', 'label.repId') }), 'Ray')
    await pickOption(page, dialog.getByRole('combobox', { name: text('en', 'label.planId') }), 'Standard')
    await dialog.getByRole('button', { name: text('en', 'common.save') }).click()
    await visible(page.getByTestId('commission-assignments').getByRole('cell', { name: 'Ray', exact: true }))
  })

  it('shows the results and a statement whose lines add up to its total', async () => {
    await page.getByRole('tab', { name: text('en', 'commission.tabResults') }).click()
    const results = page.getByTestId('commission-results')
    await visible(results.getByRole('link', { name: 'Ray' }))
    await screenshot(page, 'commission-results-en')
    await results.getByRole('link', { name: 'Ray' }).click()
    await visible(page.getByRole('heading', { name: text('en', 'commission.statementTitle') }))
    await visible(page.getByTestId('statement-segment-0').locator('tbody tr.ant-table-row').first())
    const lines = await amounts(page.getByTestId('statement-segment-0'))
    // 100 000 × 3 % + 50 000 × 5 %, and the new customer's bonus.
    expect(lines).toEqual([300_000, 250_000, 50_000])
    const total = parseMoney(
      ((await page.getByTestId('statement-total').innerText()).split(' ').pop() ?? '').trim(),
    )?.minor
    expect(total).toBe(lines.reduce((sum, n) => sum + n, 0))
    await visible(page.getByTestId('statement-sum').getByText('= commission 6,000.00', { exact: false }))
    await screenshot(page, 'commission-statement-en')
  })

  it('reads in Traditional Chinese, and on a phone', async () => {
    await switchLanguage(page, '繁體中文')
    await visible(page.getByRole('heading', { name: text('zh-Hant', 'commission.statementTitle') }))
    await visible(page.getByText(text('zh-Hant', 'commission.rounding')))
    await screenshot(page, 'commission-statement-zh-Hant')
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(`${server.url}/commission`)
    await visible(page.getByTestId('commission-results').getByRole('link', { name: 'Ray' }))
    await screenshot(page, 'commission-results-phone-zh-Hant')
  })
})
