import type { Browser } from 'playwright-core'
import type { RunningServer } from './abacus-server'
import { post } from './api'
import { ADMIN } from './people'
import { newPage } from './ui'

/**
 * The first admin (POST /setup) and what they create, through the API in a browser context of its
 * own, closed after: a spec about someone else's day need not click through the setup.
 */
export async function asFirstAdmin<T>(
  browser: Browser,
  server: RunningServer,
  steps: (add: (path: string, data: object) => Promise<{ id: string }>) => Promise<T>,
): Promise<T> {
  const admin = await newPage(browser, 'en-US')
  const add = (path: string, data: object) => post(admin.page.request, `${server.url}/api/v1${path}`, data)
  await add('/setup', ADMIN)
  const result = await steps(add)
  await admin.context.close()
  return result
}
