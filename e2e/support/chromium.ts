import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

/** Playwright cannot download a browser here: Debian's Chromium, or the one CHROMIUM_PATH names. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const hasChromium = () => existsSync(CHROMIUM_PATH)

/**
 * The people in these tests sit in the company's time zone (the server's default, Asia/Taipei).
 * The machine's is UTC: from 16:00 UTC the browser's "today" was a day behind the server's, and a
 * page defaulting to "this month up to today" left out what had just happened.
 */
export const E2E_TIME_ZONE = 'Asia/Taipei'

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    env: { ...process.env, TZ: E2E_TIME_ZONE },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
