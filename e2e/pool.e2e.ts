import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/abacus-server'
import { launchChromium } from './support/chromium'
import { browserSuite } from './support/browser-suite'
import { text } from './support/text'
import { newPage, pickOption, screenshot, submitSetup, switchLanguage, visible } from './support/ui'

const suite = browserSuite('e2e/pool.e2e.ts')

const PASSWORD = 'correct-horse-pool'
const ADMIN = { name: 'Ada Admin', email: 'ada@example.com' }
const MANAGER = { name: 'Mia Manager', email: 'mia@example.com', role: 'manager' }
const REP = { name: 'Ray Rep', email: 'ray@example.com', role: 'rep' }
const OTHER_REP = { name: 'Rita Rep', email: 'rita@example.com', role: 'rep' }
const POOLED = [
  { name: '鼎盛精密', companyName: '鼎盛精密工業股份有限公司', region: '台中', industry: '機械' },
  { name: 'Harbour Foods', companyName: 'Harbour Foods Ltd.', region: 'Kaohsiung', industry: 'Food' },
  { name: '宏遠貿易', companyName: '宏遠貿易有限公司', region: '台北', industry: '貿易' },
  { name: 'Northwind', companyName: 'Northwind Traders', region: 'Hsinchu', industry: 'Retail' },
]

async function signIn(page: Page, url: string, email: string) {
  await page.goto(url)
  await page.locator('#email').fill(email)
  await page.locator('#password').fill(PASSWORD)
  await page.locator('button[type=submit]').click()
}

suite('the customer pool, end to end in the browser', () => {
  let server: RunningServer
  let browser: Browser
  let admin: Page
  let rep: Page
  let manager: Page

  beforeAll(async () => {
    server = await startServer()
    browser = await launchChromium()
    ;({ page: admin } = await newPage(browser, 'en-US'))
    ;({ page: rep } = await newPage(browser, 'en-US'))
    ;({ page: manager } = await newPage(browser, 'en-US'))
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('sets up a team, a claim limit and customers in the pool', async () => {
    await admin.goto(`${server.url}/pool`)
    await visible(admin.getByRole('heading', { name: text('en', 'setup.title') }))
    await submitSetup(admin, { ...ADMIN, password: PASSWORD })
    await visible(admin.getByRole('heading', { name: text('en', 'pool.title') }))

    const post = (url: string, data: object) => admin.request.post(`${server.url}/api/v1${url}`, { data })
    const mia = await (await post('/users', { ...MANAGER, password: PASSWORD })).json()
    for (const user of [REP, OTHER_REP])
      expect((await post('/users', { ...user, managerId: mia.id, password: PASSWORD })).status()).toBe(201)
    // Three customers each may claim; and a customer returns two days after its last touch, so
    // the warning list ("returning to the pool soon") fills at once.
    const policy = await (await admin.request.get(`${server.url}/api/v1/settings/follow-up-policy`)).json()
    const saved = await admin.request.put(`${server.url}/api/v1/settings/follow-up-policy`, {
      data: { ...policy, pool: { ...policy.pool, ownedLimit: 3, returnDays: { A: 2, B: 2, C: 2 } } },
    })
    expect(saved.status()).toBe(200)
    for (const customer of POOLED)
      expect((await post('/customers', { ...customer, ownerId: null })).status()).toBe(201)
  })

  it('lets a rep claim from the pool, up to the limit shown', async () => {
    await signIn(rep, `${server.url}/pool`, REP.email)
    await visible(rep.getByRole('heading', { name: text('en', 'pool.title') }))
    const limit = rep.getByTestId('pool-limit')
    await visible(limit.getByText(text('en', 'pool.ownedOfLimit', { owned: 0, limit: 3 })))
    await visible(rep.getByTestId('pool-table').getByRole('link', { name: 'Harbour Foods' }))
    await rep
      .getByTestId('pool-table')
      .getByRole('row', { name: /Harbour Foods/ })
      .getByRole('button', { name: text('en', 'pool.claim') })
      .click()
    await visible(rep.getByText(text('en', 'pool.claimed', { name: 'Harbour Foods' })))
    await rep
      .getByTestId('pool-table')
      .getByRole('link', { name: 'Harbour Foods' })
      .waitFor({ state: 'detached' })
    await visible(limit.getByText(text('en', 'pool.ownedOfLimit', { owned: 1, limit: 3 })))
    const warning = rep.getByTestId('pool-warnings').getByRole('row', { name: /Harbour Foods/ })
    await visible(warning.getByText(text('en', 'pool.daysLeft', { days: 2 })))
    await screenshot(rep, 'pool-01-rep-en')
  })

  it('shows the pool history on the customer page, and lets the owner release it', async () => {
    await rep.goto(`${server.url}/customers`)
    await rep.getByRole('link', { name: 'Harbour Foods' }).click()
    await visible(rep.getByTestId('pool-history').locator('[data-kind="claim"]'))
    await rep.getByTestId('release').click()
    await rep.getByLabel(text('en', 'pool.releaseReason')).fill('Moved to another region')
    await rep
      .getByRole('dialog')
      .getByRole('button', { name: text('en', 'pool.release') })
      .click()
    await visible(rep.getByTestId('pool-history').locator('[data-kind="release"]'))
    await visible(rep.getByText('Moved to another region'))
    await screenshot(rep, 'pool-02-released-en')
  })

  it('lets a manager assign a pool customer to their team, and count in and out per rep', async () => {
    await signIn(manager, `${server.url}/pool`, MANAGER.email)
    await visible(manager.getByTestId('pool-table').getByRole('link', { name: 'Northwind' }))
    await manager
      .getByTestId('pool-table')
      .getByRole('row', { name: /Northwind/ })
      .getByRole('button', { name: text('en', 'pool.assign') })
      .click()
    await pickOption(manager, manager.getByTestId('assign-owner'), OTHER_REP.name)
    await manager
      .getByRole('dialog')
      .getByRole('button', { name: text('en', 'pool.assign') })
      .click()
    await visible(
      manager.getByText(text('en', 'pool.assigned', { name: 'Northwind', owner: OTHER_REP.name })),
    )
    await manager.getByRole('tab', { name: text('en', 'pool.tabFlows') }).click()
    const flows = manager.getByTestId('pool-flows')
    await visible(flows.getByRole('row', { name: new RegExp(OTHER_REP.name) }))
    const ray = await flows.getByRole('row', { name: new RegExp(REP.name) }).textContent()
    expect(ray?.replace(/\s+/g, '')).toContain('RayRep101') // claimed 1, assigned 0, in 1 …
    await screenshot(manager, 'pool-03-manager-flows-en')
  })

  it('speaks the reader’s language', async () => {
    await rep.goto(`${server.url}/pool`)
    await switchLanguage(rep, '繁體中文')
    await visible(rep.getByRole('heading', { name: text('zh-Hant', 'pool.title') }))
    await visible(rep.getByRole('button', { name: text('zh-Hant', 'pool.claim') }).first())
    await screenshot(rep, 'pool-04-rep-zh-Hant')
  })
})
