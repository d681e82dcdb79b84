import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, localDateAt } from '../core/dates/local-date'
import { monthOf } from '../core/field-reports/month'
import { startCliDatabase, type CliDatabase } from '../test-support/cli-harness'

// The CLI runs on the real clock.
const today = localDateAt(new Date(), 'Asia/Taipei')
const month = monthOf(today)

describe('abacus report', { timeout: 90_000 }, () => {
  let cli: CliDatabase
  beforeAll(async () => {
    cli = await startCliDatabase({
      users: [
        { email: 'a@x.tw', name: 'A', role: 'admin' },
        { email: 'm@x.tw', name: 'M', role: 'manager' },
        { email: 'r@x.tw', name: 'R', role: 'rep', manager: 'm@x.tw' },
      ],
    })
  }, 60_000)
  afterAll(() => cli.close())
  // The rep r (of manager m) and the manager: `abacus --as EMAIL …`.
  const asRep = (...args: string[]) => cli.run('--as', 'r@x.tw', ...args)
  const asManager = (...args: string[]) => cli.run('--as', 'm@x.tw', ...args)

  it('checks a rep in for today and shows the manager who has and has not, with --json', async () => {
    const form = await asRep('--lang', 'zh-Hant', 'report', 'daily')
    expect(form.code, form.stderr).toBe(0)
    expect(form.stdout).toContain('尚未簽到')
    const submitted = await asRep(
      'report',
      'daily',
      'submit',
      '--done',
      'Called three customers',
      '--plan',
      'Visit two',
    )
    expect(submitted.code, submitted.stderr).toBe(0)
    expect(submitted.stdout).toContain(`Daily report of ${today} submitted`)
    const shown = await asManager('--json', 'report', 'daily', '--rep', 'r@x.tw')
    expect(shown.json<{ report: unknown }>().report).toMatchObject({
      done: 'Called three customers',
      plan: 'Visit two',
    })
    const checkins = await asManager('--json', 'report', 'checkins', '--date', today)
    const day = checkins.json()
    expect(day).toMatchObject({ date: today, checkedIn: 1, missing: 1 })
  })

  it('refuses a daily report after tomorrow, writing nothing', async () => {
    const ahead = await asRep('report', 'daily', 'submit', '--date', addDays(today, 2), '--done', 'x')
    expect(ahead.code).toBe(1)
    expect(ahead.stderr).toContain('a daily report is for today, tomorrow at the latest')
    const list = await asRep('--json', 'report', 'daily', '--date', addDays(today, 2))
    expect(list.json<{ report: unknown }>().report).toBeNull()
  })

  it('saves a monthly draft only when every problem has a solution, submits it, and takes the manager’s comment', async () => {
    const unsolved = await asRep(
      'report',
      'monthly',
      'save',
      '--problem',
      'Late payers',
      '--solution',
      'Call on Mondays',
      '--problem',
      'No samples',
    )
    expect(unsolved.code).toBe(1)
    expect(unsolved.stderr).toContain('Problems #2 Proposed solution is missing')
    expect((await asRep('--json', 'report', 'monthly', 'list')).json()).toEqual([])
    const saved = await asRep(
      'report',
      'monthly',
      'save',
      '--month',
      month,
      '--problem',
      'Late payers',
      '--solution',
      'Call on Mondays',
      '--plan',
      'Visit every A customer',
    )
    expect(saved.code, saved.stderr).toBe(0)
    expect(
      (await asManager('report', 'monthly', 'comment', '--rep', 'r@x.tw', '--text', 'too early')).code,
    ).toBe(1)
    const submitted = await asRep('report', 'monthly', 'submit', '--month', month)
    expect(submitted.code, submitted.stderr).toBe(0)
    const own = await asRep('report', 'monthly', 'comment', '--rep', 'r@x.tw', '--text', 'me')
    expect(own.code).toBe(1)
    expect(own.stderr).toContain("Only the rep's manager")
    const comment = await asManager(
      'report',
      'monthly',
      'comment',
      '--rep',
      'r@x.tw',
      '--month',
      month,
      '--text',
      'Good plan',
    )
    expect(comment.code, comment.stderr).toBe(0)
    const shown = await asManager('report', 'monthly', '--rep', 'r@x.tw', '--month', month)
    expect(shown.stdout).toContain('submitted')
    expect(shown.stdout).toContain('→ Call on Mondays')
    expect(shown.stdout).toContain('M (')
    expect(shown.stdout).toContain('Good plan')
    const bad = await asRep('report', 'monthly', '--month', '2026-13')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('Month must be a month written YYYY-MM.')
  })
})
