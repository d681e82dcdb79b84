import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { addDays, localDateAt } from '../src/core/dates/local-date'
import { mondayOf } from '../src/core/follow-ups/iso-weekday'
import { startServer, type RunningServer } from './support/abacus-server'
import { launchChromium } from './support/chromium'
import { browserSuite } from './support/browser-suite'
import { text } from './support/text'
import { newPage, screenshot, switchLanguage, visible } from './support/ui'

const suite = browserSuite('e2e/schedule.e2e.ts')

const PASSWORD = 'correct-horse-2'
// The server runs on the real clock: customers created now are due today, so next week all of
// them are overdue and none of its days is gone yet.
const NEXT_MONDAY = mondayOf(addDays(localDateAt(new Date(), 'Asia/Taipei'), 7))
const CUSTOMERS = [
  { name: '台北精機', meetingStyle: 'formal' },
  { name: '新竹電子', preferredWeekdays: [3] },
  { name: '高雄物流', preferredTime: 'personal_time' },
  { name: '台中餐飲', preferredHoursFrom: '14:00', preferredHoursTo: '17:00' },
  { name: '桃園建材', preferredWeekdays: [6], preferredTime: 'work_hours' },
]

suite('scheduling a rep’s week, end to end in the browser', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page
  let repId: string
  const api = async (method: 'POST' | 'GET', path: string, data?: object) => {
    const response = await page.request.fetch(`${server.url}/api/v1${path}`, { method, data })
    if (!response.ok()) throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`)
    return response.status() === 204 ? null : await response.json()
  }
  const signInAs = async (email: string) => {
    await page.request.post(`${server.url}/api/v1/auth/logout`)
    await api('POST', '/auth/login', { email, password: PASSWORD })
  }

  beforeAll(async () => {
    server = await startServer()
    browser = await launchChromium()
    ;({ page } = await newPage(browser, 'en-US'))
    await api('POST', '/setup', { email: 'admin@example.com', name: 'Ada Admin', password: PASSWORD })
    const manager = await api('POST', '/users', {
      email: 'mona@example.com',
      name: 'Mona Manager',
      role: 'manager',
      password: PASSWORD,
    })
    const rep = await api('POST', '/users', {
      email: 'ray@example.com',
      name: 'Ray Rep',
      role: 'rep',
      managerId: manager.id,
      password: PASSWORD,
    })
    repId = rep.id
    for (const customer of CUSTOMERS)
      await api('POST', '/customers', { status: 'active', ownerId: repId, ...customer })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the rep the week: proposals on their days, and who cannot be placed and why', async () => {
    await signInAs('ray@example.com')
    await page.goto(`${server.url}/schedule?week=${NEXT_MONDAY}`)
    await visible(page.getByRole('heading', { name: text('en', 'schedule.title') }))
    await visible(page.getByTestId('week-grid'))
    await expect.poll(() => page.getByTestId('slot-proposed').count()).toBe(4)
    const wednesday = page.getByTestId(`day-${addDays(NEXT_MONDAY, 2)}`)
    await visible(wednesday.getByText('新竹電子'))
    await visible(page.getByTestId(`day-${NEXT_MONDAY}`).getByText('09:00–10:30'))
    const unplaced = page.getByTestId('unplaced')
    await visible(unplaced.getByText('桃園建材'))
    await visible(unplaced.getByText(text('en', 'schedule.reason.no_preferred_day')))
    await screenshot(page, 'schedule-week')
  })

  it('accepts a proposal, moves the planned visit, and drops another proposal', async () => {
    const monday = page.getByTestId(`day-${NEXT_MONDAY}`)
    const first = monday.getByTestId('slot-proposed').filter({ hasText: '台北精機' })
    await first.getByRole('button', { name: text('en', 'schedule.accept') }).click()
    const planned = monday.getByTestId('slot-planned').filter({ hasText: '台北精機' })
    await visible(planned)
    await visible(planned.getByText(text('en', 'schedule.planned')))

    await planned.getByRole('button', { name: text('en', 'schedule.move') }).click()
    const dialog = page.getByRole('dialog')
    await visible(dialog.getByText(text('en', 'schedule.moveTitle', { name: '台北精機' })))
    const date = dialog.locator('.ant-picker').first().locator('input')
    await date.fill(addDays(NEXT_MONDAY, 1))
    await date.press('Enter')
    const [from, to] = [
      dialog.locator('.ant-picker-range input').nth(0),
      dialog.locator('.ant-picker-range input').nth(1),
    ]
    await from.fill('15:00')
    await from.press('Enter')
    await to.fill('16:30')
    await to.press('Enter')
    await screenshot(page, 'schedule-move', false)
    await dialog.getByRole('button', { name: text('en', 'common.save') }).click()
    const tuesday = page.getByTestId(`day-${addDays(NEXT_MONDAY, 1)}`)
    await visible(tuesday.getByTestId('slot-planned').filter({ hasText: '15:00–16:30' }))

    const evening = page.getByTestId('slot-proposed').filter({ hasText: '高雄物流' })
    await evening.getByRole('button', { name: text('en', 'schedule.drop') }).click()
    await visible(page.getByTestId('unplaced').getByText(text('en', 'schedule.reason.dropped')))
    await expect.poll(() => page.getByTestId('slot-proposed').count()).toBe(2)
    await screenshot(page, 'schedule-week-after')
  })

  it('says it in Traditional Chinese, and shows the manager the week of a rep of the team', async () => {
    await switchLanguage(page, '繁體中文')
    await visible(page.getByRole('heading', { name: text('zh-Hant', 'schedule.title') }))
    await visible(page.getByTestId('unplaced').getByText(text('zh-Hant', 'schedule.reason.no_preferred_day')))
    await screenshot(page, 'schedule-week-zh-Hant')

    await signInAs('mona@example.com')
    await page.goto(`${server.url}/schedule?rep=${repId}&week=${NEXT_MONDAY}`)
    await visible(page.getByText(text('zh-Hant', 'schedule.of', { name: 'Ray Rep' })))
    await visible(page.getByTestId('slot-planned').filter({ hasText: '台北精機' }))
  })
})
