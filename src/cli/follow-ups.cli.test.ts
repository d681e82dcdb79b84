import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDateAt } from '../core/dates/local-date'
import { startCliDatabase, type CliDatabase } from '../test-support/cli-harness'

// The CLI runs on the real clock: customers imported today are due today (never followed up).
const today = localDateAt(new Date(), 'Asia/Taipei')

describe('abacus follow-up add and abacus agenda', { timeout: 90_000 }, () => {
  let cli: CliDatabase
  beforeAll(async () => {
    cli = await startCliDatabase({
      users: [
        { email: 'a@x.tw', name: 'A', role: 'admin' },
        { email: 'r@x.tw', name: 'R', role: 'rep' },
      ],
    })
    const file = join(cli.dir, 'customers.csv')
    writeFileSync(file, '客戶編號,Customer Name,Owner\nC-1,大同餐飲,r@x.tw\nC-2,宏遠零售,r@x.tw\n')
    const imported = await cli.run('import', 'customers', file)
    expect(imported.code, imported.stderr).toBe(0)
  }, 120_000)
  afterAll(() => cli.close())

  it('lists the day’s due customers, then logs a follow-up by external id, which takes it off the agenda', async () => {
    const before = await cli.run('--lang', 'zh-Hant', '--as', 'r@x.tw', 'agenda')
    expect(before.code, before.stderr).toBe(0)
    expect(before.stdout.split('\n').slice(0, 3).sort()).toEqual(
      [
        `R 在 ${today} 的待辦：逾期 0 位，今日到期 2 位。`,
        `· [C] 大同餐飲 — 應於 ${today} 跟進`,
        `· [C] 宏遠零售 — 應於 ${today} 跟進`,
      ].sort(),
    )
    const logged = await cli.run(
      '--lang',
      'zh-Hant',
      '--as',
      'r@x.tw',
      'follow-up',
      'add',
      '--customer',
      'C-1',
      '--channel',
      'meal',
      '--summary',
      '年底聚餐，談明年的訂單',
    )
    expect(logged.code, logged.stderr).toBe(0)
    // The channel in the reader's words, not its code.
    expect(logged.stdout).toBe(`已記錄 大同餐飲 的跟進（餐敘，${today}）。\n`)
    const after = await cli.run('--json', '--as', 'r@x.tw', 'agenda')
    expect(after.json<{ items: { customerName: string }[] }>().items.map((i) => i.customerName)).toEqual([
      '宏遠零售',
    ])
  })

  it('refuses an unknown channel and an unknown customer, exit 1, writing nothing', async () => {
    const channel = await cli.run(
      '--as',
      'r@x.tw',
      'follow-up',
      'add',
      '--customer',
      'C-2',
      '--channel',
      'fax',
      '--summary',
      's',
    )
    expect(channel.code).toBe(1)
    expect(channel.stderr).toContain(
      'Channel must be one of: visit, phone, message, email, meeting, meal, other.',
    )
    const nobody = await cli.run(
      '--as',
      'r@x.tw',
      'follow-up',
      'add',
      '--customer',
      'C-9',
      '--channel',
      'phone',
      '--summary',
      's',
    )
    expect(nobody.code).toBe(1)
    expect(nobody.stderr).toContain('Not found.')
    const agenda = await cli.run('--json', '--as', 'r@x.tw', 'agenda')
    expect(agenda.json<{ dueToday: number }>().dueToday).toBe(1)
  })

  it('lists the day’s visits, with their time, place and status', async () => {
    const db = new Database(cli.file)
    try {
      const customer = db.prepare("select id from customers where external_id = 'C-2'").get() as {
        id: string
      }
      const rep = db.prepare("select id from users where email = 'r@x.tw'").get() as { id: string }
      // 23:00–23:30 in Taipei (15:00–15:30 UTC): still ahead whenever the test runs that day, or missed after it.
      db.prepare(
        `insert into visits (id, customer_id, rep_id, starts_at, ends_at, starts_on, place, status, version, created_at, updated_at)
         values ('v1', ?, ?, ?, ?, ?, '台中', 'checked_in', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
      ).run(customer.id, rep.id, `${today}T15:00:00.000Z`, `${today}T15:30:00.000Z`, today)
    } finally {
      db.close()
    }
    const agenda = await cli.run('--lang', 'zh-Hant', '--as', 'r@x.tw', 'agenda')
    expect(agenda.code, agenda.stderr).toBe(0)
    expect(agenda.stdout).toContain('  拜訪 23:00–23:30：宏遠零售 · 台中——已簽到，未寫訪後分析')
  })
})
