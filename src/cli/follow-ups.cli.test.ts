import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
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
})
