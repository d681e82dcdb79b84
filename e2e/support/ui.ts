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

/**
 * Picks the option of an antd single select whose text holds `label`, and waits for its list to
 * close. On a loaded machine a click can land while the list is still sliding in and be lost: the
 * list then stays open over the form, so the pick is tried again (three times at most).
 */
export async function pickOption(page: Page, select: Locator, label: string | RegExp): Promise<void> {
  const open = page.locator('.ant-select-dropdown:visible')
  for (let attempt = 0; attempt < 3; attempt++) {
    // First the select itself (another list may still be closing); again only if its list closed.
    if (attempt === 0 || (await open.count()) === 0) await select.click()
    await open.locator('.ant-select-item-option').filter({ hasText: label }).first().click()
    for (let waited = 0; waited < 3_000; waited += 100) {
      if ((await open.count()) === 0) return
      await page.waitForTimeout(100)
    }
  }
  throw new Error(`the option "${String(label)}" could not be picked`)
}

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
