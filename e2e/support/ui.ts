import { mkdirSync } from 'node:fs'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { text } from './text'

const SHOTS = 'test-results/e2e'

export async function newPage(
  browser: Browser,
  locale: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  return { context, page }
}

/**
 * A screenshot for a person to look at; waits out antd's enter animations first. Forms are taken
 * at viewport size: a full-page capture would paint their sticky save bar mid-page.
 */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(SHOTS, { recursive: true })
  await page.waitForTimeout(400)
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage })
}

/** The header's language switch, by the language's own name (繁體中文 / 简体中文 / English). */
export async function switchLanguage(page: Page, name: string): Promise<void> {
  await page.getByTestId('language-switch').click()
  await page.locator('.ant-select-item-option').filter({ hasText: name }).click()
}

export const visible = (locator: Locator) => locator.waitFor({ state: 'visible' })

/** Fills the sign-in form in English and submits it. */
export async function submitLogin(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.locator('#email').fill(who.email)
  await page.locator('#password').fill(who.password)
  await page.getByRole('button', { name: text('en', 'auth.login') }).click()
}

/** Fills the first-admin setup form in English and submits it. */
export async function submitSetup(
  page: Page,
  admin: { name: string; email: string; password: string },
): Promise<void> {
  await page.locator('#name').fill(admin.name)
  await page.locator('#email').fill(admin.email)
  await page.locator('#password').fill(admin.password)
  await page.locator('#confirm').fill(admin.password)
  await page.getByRole('button', { name: text('en', 'setup.submit') }).click()
}
