import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/abacus-server'
import { launchChromium } from './support/chromium'
import { browserSuite } from './support/browser-suite'
import { text } from './support/text'
import { newPage, screenshot, switchLanguage, visible } from './support/ui'
import { post } from './support/api'

const suite = browserSuite('e2e/analyses.e2e.ts')

const ADMIN = { name: 'Ana Analyst', email: 'ana@example.com', password: 'correct-horse-6' }
// DOMAIN.md's worked example as the seed's manager reads it: Aug–Dec against Mar–Jul (of 2025, so
// the spec does not depend on today).
const PAIR = 'from=2025-08-01&to=2025-12-31&prevFrom=2025-03-01&prevTo=2025-07-31'

suite('gain/loss analyses: the bridge of DOMAIN.md’s worked example, in the browser', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    server = await startServer()
    browser = await launchChromium()
    ;({ page } = await newPage(browser, 'en-US'))
    const api = (path: string) => `${server.url}/api/v1${path}`
    await post(page.request, api('/setup'), ADMIN)
    const ray = await post(page.request, api('/users'), {
      name: 'Ray',
      email: 'ray@example.com',
      role: 'rep',
      password: 'correct-horse-7',
    })
    const customer = (name: string, extra: object = {}) =>
      post(page.request, api('/customers'), { name, ownerId: ray.id, status: 'active', ...extra })
    let n = 0
    const order = (customerId: string, orderDate: string, total: number) =>
      post(page.request, api('/orders'), {
        number: `SO-${++n}`,
        customerId,
        orderDate,
        status: 'confirmed',
        total: total * 100,
      })
    // In Q, X bought 100, Y 50, Z 30; in P, X 120, Y 40, new N 25, and R 15 (R bought before Q).
    const X = await customer('Xenia Trading')
    const Y = await customer('Yamato Foods')
    const Z = await customer('Zenith Tools', {
      status: 'lost',
      lostReason: 'Moved to a competitor',
      lostDate: '2025-07-15',
    })
    const N = await customer('Nova Bakery')
    const R = await customer('Rex Hardware')
    await order(X.id, '2025-04-01', 100)
    await order(X.id, '2025-09-01', 120)
    await order(Y.id, '2025-05-01', 50)
    await order(Y.id, '2025-10-01', 40)
    await order(Z.id, '2025-06-01', 30)
    await order(N.id, '2025-11-01', 25)
    await order(R.id, '2024-12-01', 999)
    await order(R.id, '2025-12-01', 15)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the four groups, the bridge and its findings, and draws the waterfall', async () => {
    await page.goto(`${server.url}/gain-loss?${PAIR}`)
    await visible(page.getByRole('heading', { name: text('en', 'analyses.gainLossTitle') }))
    await expect
      .poll(() => page.getByTestId('analysis-periods').textContent(), { timeout: 10_000 })
      .toBe('Aug–Dec 2025 against Mar–Jul 2025')
    const count = (group: string) =>
      page.getByTestId(`group-${group}`).locator('.ant-statistic-content-value')
    expect(await count('new').textContent()).toBe('1')
    expect(await count('retained').textContent()).toBe('2')
    expect(await count('reactivated').textContent()).toBe('1')
    expect(await count('lost').textContent()).toBe('1')
    // sales(Q) 180 + 25 + 15 + 20 − 10 − 30 = 200 = sales(P).
    const facts = page.getByTestId('facts')
    await visible(
      facts.getByText('Sales Aug–Dec 2025 were 11.1% higher than Mar–Jul 2025 (200.00 against 180.00).'),
    )
    await visible(facts.getByText('1 new customer brought 25.00.'))
    await visible(facts.getByText('1 customer came back (reactivated), bringing 15.00.'))
    await visible(facts.getByText('1 customer lost, worth 30.00 in Mar–Jul 2025.'))
    await visible(
      facts.getByText(
        '2 retained customers bought 20.00 more (expansion) and 10.00 less (contraction) than in Mar–Jul 2025.',
      ),
    )
    const ray = page.getByTestId('by-rep').locator('tr', { hasText: 'Ray' })
    await visible(ray.getByText('180.00'))
    await visible(ray.getByText('200.00'))
    // The waterfall is drawn: ECharts has made its canvas, with something on it.
    const canvas = page.getByTestId('bridge-chart').locator('canvas')
    await visible(canvas)
    const box = await canvas.boundingBox()
    expect(box?.width ?? 0).toBeGreaterThan(300)
    expect(box?.height ?? 0).toBeGreaterThan(200)
    await screenshot(page, 'analyses-gain-loss')
  })

  it('opens the customers behind a group, with the lost reason', async () => {
    await page.getByTestId('group-lost').click()
    const drawer = page.getByTestId('group-customers')
    await visible(drawer.getByText('Zenith Tools'))
    await visible(drawer.getByText('Moved to a competitor'))
    await visible(drawer.getByText('30.00'))
    await page.keyboard.press('Escape')
  })

  it('compares the periods, and charts sales by month', async () => {
    await page.getByRole('link', { name: text('en', 'nav.salesAnalysis') }).click()
    await visible(page.getByTestId('comparison'))
    await page.goto(`${server.url}/sales-analysis?${PAIR}`)
    await visible(page.getByRole('heading', { name: text('en', 'analyses.salesTitle') }))
    const sales = page
      .getByTestId('comparison')
      .locator('tr')
      .filter({
        has: page.locator('td:first-child', {
          hasText: new RegExp(`^${text('en', 'analysis.metric.sales')}$`),
        }),
      })
    await visible(sales.getByText('200.00'))
    await visible(sales.getByText('+11.1%'))
    await visible(page.getByTestId('bridge-chart').locator('canvas'))
    await visible(page.getByTestId('monthly-chart').locator('canvas'))
    await screenshot(page, 'analyses-sales')
  })

  it('speaks Traditional Chinese after switching language, the same numbers in its words', async () => {
    await page.goto(`${server.url}/gain-loss?${PAIR}`)
    await switchLanguage(page, '繁體中文')
    await visible(page.getByRole('heading', { name: text('zh-Hant', 'analyses.gainLossTitle') }))
    const facts = page.getByTestId('facts')
    await visible(facts.getByText('1 個新客戶帶來 25.00。'))
    await visible(facts.getByText('2025年8–12月銷售額比2025年3–7月高 11.1%（200.00，前期 180.00）。'))
    await visible(page.getByTestId('group-lost').getByText(text('zh-Hant', 'analysis.group.lost')))
    await screenshot(page, 'analyses-gain-loss-zh-Hant')
  })

  it('draws growth by year with its CAGR', async () => {
    await page.getByRole('link', { name: text('zh-Hant', 'nav.growth') }).click()
    await visible(page.getByTestId('growth-chart').locator('canvas'))
    await visible(page.getByTestId('cagr'))
  })
})
