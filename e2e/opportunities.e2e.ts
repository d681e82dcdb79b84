import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/abacus-server'
import { launchChromium } from './support/chromium'
import { browserSuite } from './support/browser-suite'
import { text } from './support/text'
import { newPage, pickOption, screenshot, switchLanguage, visible } from './support/ui'
import { post, signIn } from './support/api'
import { asFirstAdmin } from './support/first-admin'
import { REP } from './support/people'

const suite = browserSuite('e2e/opportunities.e2e.ts')

const CUSTOMER = { name: 'Harbour Foods' }
const OTHER = { name: '九龍烘焙坊' }
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

suite('opportunities: the board through the three hurdles, a loss with its reason, the analysis', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page
  const column = (stage: string) => page.getByTestId(`column-${stage}`)
  const card = (title: string) => page.getByTestId('opportunity-card').filter({ hasText: title })
  /** Moves a card with its stage list: the keyboard's way — focus, arrow to the stage, Enter. */
  const pickStage = async (title: string, stage: string) => {
    await pickOption(page, card(title).getByTestId('move-select'), new RegExp(`^${stage}$`))
  }

  beforeAll(async () => {
    server = await startServer()
    browser = await launchChromium()
    await asFirstAdmin(browser, server, (add) => add('/users', REP))
    ;({ page } = await newPage(browser, 'en-US'))
    await signIn(page.request, server, REP)
    await post(page.request, `${server.url}/api/v1/customers`, CUSTOMER)
    const other = await post(page.request, `${server.url}/api/v1/customers`, OTHER)
    await post(page.request, `${server.url}/api/v1/opportunities`, {
      customerId: other.id,
      title: 'Bakery ovens',
      amount: 45_000_000,
      expectedOn: inDays(20),
      stage: 'platform',
    })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('creates an opportunity, which lands in the person column with the column total', async () => {
    await page.goto(`${server.url}/opportunities`)
    await visible(page.getByRole('heading', { name: text('en', 'opportunities.title') }))
    await visible(card('Bakery ovens'))
    await page.getByRole('button', { name: text('en', 'opportunities.new') }).click()
    const modal = page.locator('.ant-modal')
    await modal.locator('#title').fill('Olive oil, yearly contract')
    await modal.locator('#customerId').fill('Harbour')
    await page.locator('.ant-select-item-option').filter({ hasText: CUSTOMER.name }).click()
    await modal.locator('#amount').fill('120,000.50')
    await screenshot(page, 'opportunities-01-new-en', false)
    await modal.getByRole('button', { name: text('en', 'common.save') }).click()
    await modal.waitFor({ state: 'hidden' })
    await visible(column('person').getByText('Olive oil, yearly contract'))
    await expect
      .poll(() => column('person').getByTestId('column-total').textContent())
      .toContain('120,000.50')
    expect(await column('person').getByTestId('column-count').textContent()).toBe('1')
  })

  it('moves it to platform with its stage list, then drags it to money', async () => {
    await pickStage('Olive oil', text('en', 'opportunityStage.platform'))
    await visible(column('platform').getByText('Olive oil, yearly contract'))
    await expect.poll(() => column('platform').getByTestId('column-count').textContent()).toBe('2')
    await card('Olive oil').dragTo(column('money'))
    await visible(column('money').getByText('Olive oil, yearly contract'))
    await expect.poll(() => column('money').getByTestId('column-total').textContent()).toContain('120,000.50')
  })

  it('loses the other one only with a reason, and shows where and why it was lost', async () => {
    await pickStage('Bakery ovens', text('en', 'opportunityStage.lost'))
    const modal = page.locator('.ant-modal').filter({ hasText: 'Bakery ovens' })
    await visible(modal)
    await modal.getByRole('button', { name: text('en', 'opportunities.lose') }).click()
    await visible(modal.getByText(text('en', 'opportunities.reasonRequired')))
    await modal.locator('#lossReason').click()
    await page
      .locator('.ant-select-item-option')
      .filter({ hasText: text('en', 'lossReason.price') })
      .click()
    await modal.locator('#lostNote').fill('Their budget stops at 380,000.')
    await modal.getByRole('button', { name: text('en', 'opportunities.lose') }).click()
    await modal.waitFor({ state: 'hidden' })
    const lost = column('lost').getByTestId('opportunity-card')
    await visible(lost.filter({ hasText: 'Bakery ovens' }))
    expect(await lost.textContent()).toContain(
      `${text('en', 'opportunityStage.platform')} · ${text('en', 'lossReason.price')}`,
    )
    // A rep cannot reopen it: the closed card offers no stage list.
    expect(await lost.getByTestId('move-select').count()).toBe(0)
    await pickStage('Olive oil', text('en', 'opportunityStage.won'))
    await visible(column('won').getByText('Olive oil, yearly contract'))
    await screenshot(page, 'opportunities-02-board-en')
  })

  it('analyses what closed: a win and a loss, the loss by its reason and hurdle', async () => {
    await page.getByRole('tab', { name: text('en', 'opportunities.tabAnalysis') }).click()
    await page.waitForURL(/\/opportunities\/analysis$/)
    const analysis = page.getByTestId('win-loss')
    await visible(analysis.getByText(text('en', 'lossReason.price')))
    await expect.poll(() => page.getByTestId('win-rate').textContent()).toContain('50%')
    await visible(page.getByTestId('win-loss-chart').locator('canvas'))
    const stageRows = analysis.locator('.ant-table-row')
    expect(await stageRows.first().textContent()).toContain(text('en', 'opportunityStage.person'))
    await screenshot(page, 'opportunities-03-analysis-en')
    await switchLanguage(page, '繁體中文')
    await visible(page.getByRole('tab', { name: text('zh-Hant', 'opportunities.tabAnalysis') }))
    await visible(analysis.getByText(text('zh-Hant', 'lossReason.price')))
    await screenshot(page, 'opportunities-04-analysis-zh-Hant')
  })
})
