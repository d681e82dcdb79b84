import { mkdirSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'

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
