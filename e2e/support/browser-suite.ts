import { describe } from 'vitest'
import { CHROMIUM_PATH, hasChromium } from './chromium'

/**
 * `describe` for a spec that needs the browser, or `describe.skip` with a loud warning where Chromium
 * is missing — an error under ABACUS_REQUIRE_ALL=1, so CI never passes a run that skipped them.
 */
export function browserSuite(spec: string) {
  if (hasChromium()) return describe
  const reason = `Chromium is missing at ${CHROMIUM_PATH} (install Debian's chromium or set CHROMIUM_PATH)`
  if (process.env.ABACUS_REQUIRE_ALL === '1') throw new Error(`End-to-end tests cannot run: ${reason}.`)
  console.warn(`\n⚠ The end-to-end tests in ${spec} were SKIPPED: ${reason}.\n`)
  return describe.skip
}
