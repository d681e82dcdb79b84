import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDateAt } from '../core/dates/local-date'
import { startCliDatabase, type CliDatabase } from '../test-support/cli-harness'

const today = localDateAt(new Date(), 'Asia/Taipei')

describe('abacus pool', { timeout: 90_000 }, () => {
  let cli: CliDatabase
  beforeAll(async () => {
    cli = await startCliDatabase({
      users: [
        { email: 'a@x.tw', name: 'a@x.tw', role: 'admin' },
        { email: 'r@x.tw', name: 'r@x.tw', role: 'rep' },
      ],
    })
  })
  afterAll(() => cli.close())

  it('runs the daily return now or for a given date, in the chosen language', async () => {
    const first = await cli.run('--json', 'pool', 'return')
    expect(first.code).toBe(0)
    expect(first.json()).toEqual({ date: today, returned: 0, warned: 0 })
    const zh = await cli.run('--lang', 'zh-Hant', 'pool', 'return', '--date', '2026-12-01')
    expect(zh.stdout).toBe('2026-12-01：0 位客戶退回公海；已提醒 0 位即將退回的客戶負責人。\n')
  })
  it('refuses a date that does not exist, and a person other than an admin, exit 1', async () => {
    const bad = await cli.run('pool', 'return', '--date', '2026-02-30')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('YYYY-MM-DD')
    const rep = await cli.run('--as', 'r@x.tw', 'pool', 'return')
    expect(rep.code).toBe(1)
    expect(rep.stderr).toContain('You do not have permission')
  })
  it('names what is missing when claiming, assigning or releasing', async () => {
    expect((await cli.run('--as', 'r@x.tw', 'pool', 'claim', 'no-such-id')).stderr).toContain('Not found.')
    expect((await cli.run('pool', 'assign', 'no-such-id', '--to', 'nobody@x.tw')).stderr).toContain(
      'No user with the email nobody@x.tw.',
    )
    expect((await cli.run('pool', 'release', 'no-such-id')).code).toBe(1)
  })
})
