import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer, type RunningServer } from './support/abacus-server'
import { launchChromium } from './support/chromium'
import { browserSuite } from './support/browser-suite'
import { text } from './support/text'
import { newPage, screenshot, switchLanguage, visible } from './support/ui'
import { post } from './support/api'
import { ADMIN } from './support/people'

const suite = browserSuite('e2e/settings.e2e.ts')

suite('the follow-up rules: an admin changes them on a page, and a bad value is named', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    server = await startServer()
    browser = await launchChromium()
    ;({ page } = await newPage(browser, 'en-US'))
    await post(page.request, `${server.url}/api/v1/setup`, ADMIN)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the rules, saves a new A interval, and the server keeps it', async () => {
    await page.goto(`${server.url}/agenda`)
    await page.getByRole('link', { name: text('en', 'nav.settings') }).click()
    await visible(page.getByRole('heading', { name: text('en', 'settings.title') }))
    const form = page.getByTestId('policy-form')
    const aInterval = form.getByLabel(text('en', 'settings.tierA'), { exact: true })
    await visible(aInterval)
    expect(await aInterval.inputValue()).toBe('7')
    expect(await form.getByLabel(text('en', 'settings.shareA')).inputValue()).toBe('80.0')
    await aInterval.fill('5')
    await form.getByRole('button', { name: text('en', 'settings.save') }).click()
    await visible(page.getByText(text('en', 'settings.saved')))
    await screenshot(page, 'settings-en')
    const saved = await page.request.get(`${server.url}/api/v1/settings/follow-up-policy`)
    expect((await saved.json()).intervals).toEqual({ A: 5, B: 15, C: 30 })
  })

  it('names a B share not above A’s under its field, in the reader’s language, and saves nothing', async () => {
    await switchLanguage(page, '繁體中文')
    const form = page.getByTestId('policy-form')
    const shareB = form.getByLabel(text('zh-Hant', 'settings.shareB'))
    await visible(shareB)
    await shareB.fill('80')
    await form.getByRole('button', { name: text('zh-Hant', 'settings.save') }).click()
    await visible(form.getByText(text('zh-Hant', 'field.abc_shares')))
    await screenshot(page, 'settings-error-zh-Hant')
    const kept = await page.request.get(`${server.url}/api/v1/settings/follow-up-policy`)
    expect((await kept.json()).abc.shareB).toBe(0.95)
  })
})
