import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, localDateAt } from '../core/dates/local-date'
import { monthOf } from '../core/field-reports/month'

const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'abacus-field-reports-'))
const db = `sqlite:${join(dir, 'reports.db')}`
// The CLI runs on the real clock.
const today = localDateAt(new Date(), 'Asia/Taipei')
const month = monthOf(today)

/** Runs the real `abacus` binary; resolves with its exit code and both streams. */
async function abacus(...args: string[]) {
  try {
    const { stdout, stderr } = await run('node', ['bin/abacus.mjs', '--db', db, ...args], {
      env: { ...process.env, LANG: 'C', ABACUS_TIME_ZONE: 'Asia/Taipei' },
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

describe('abacus report', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    const add = (email: string, role: string, ...more: string[]) =>
      abacus(
        'user',
        'add',
        '--email',
        email,
        '--name',
        email.slice(0, 1).toUpperCase(),
        '--role',
        role,
        '--password',
        'long enough pw',
        ...more,
      )
    expect((await add('a@x.tw', 'admin')).code).toBe(0)
    expect((await add('m@x.tw', 'manager')).code).toBe(0)
    expect((await add('r@x.tw', 'rep', '--manager', 'm@x.tw')).code).toBe(0)
  }, 60_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('checks a rep in for today and shows the manager who has and has not, with --json', async () => {
    const form = await abacus('--as', 'r@x.tw', '--lang', 'zh-Hant', 'report', 'daily')
    expect(form.code, form.stderr).toBe(0)
    expect(form.stdout).toContain('尚未簽到')
    const submitted = await abacus(
      '--as',
      'r@x.tw',
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
    const shown = await abacus('--as', 'm@x.tw', '--json', 'report', 'daily', '--rep', 'r@x.tw')
    expect(JSON.parse(shown.stdout).report).toMatchObject({
      done: 'Called three customers',
      plan: 'Visit two',
    })
    const checkins = await abacus('--as', 'm@x.tw', '--json', 'report', 'checkins', '--date', today)
    const day = JSON.parse(checkins.stdout)
    expect(day).toMatchObject({ date: today, checkedIn: 1, missing: 1 })
  })

  it('refuses a daily report after tomorrow, writing nothing', async () => {
    const ahead = await abacus(
      '--as',
      'r@x.tw',
      'report',
      'daily',
      'submit',
      '--date',
      addDays(today, 2),
      '--done',
      'x',
    )
    expect(ahead.code).toBe(1)
    expect(ahead.stderr).toContain('a daily report is for today, tomorrow at the latest')
    const list = await abacus('--as', 'r@x.tw', '--json', 'report', 'daily', '--date', addDays(today, 2))
    expect(JSON.parse(list.stdout).report).toBeNull()
  })

  it('saves a monthly draft only when every problem has a solution, submits it, and takes the manager’s comment', async () => {
    const unsolved = await abacus(
      '--as',
      'r@x.tw',
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
    expect(
      JSON.parse((await abacus('--as', 'r@x.tw', '--json', 'report', 'monthly', 'list')).stdout),
    ).toEqual([])
    const saved = await abacus(
      '--as',
      'r@x.tw',
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
      (
        await abacus(
          '--as',
          'm@x.tw',
          'report',
          'monthly',
          'comment',
          '--rep',
          'r@x.tw',
          '--text',
          'too early',
        )
      ).code,
    ).toBe(1)
    const submitted = await abacus('--as', 'r@x.tw', 'report', 'monthly', 'submit', '--month', month)
    expect(submitted.code, submitted.stderr).toBe(0)
    const own = await abacus(
      '--as',
      'r@x.tw',
      'report',
      'monthly',
      'comment',
      '--rep',
      'r@x.tw',
      '--text',
      'me',
    )
    expect(own.code).toBe(1)
    expect(own.stderr).toContain("Only the rep's manager")
    const comment = await abacus(
      '--as',
      'm@x.tw',
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
    const shown = await abacus('--as', 'm@x.tw', 'report', 'monthly', '--rep', 'r@x.tw', '--month', month)
    expect(shown.stdout).toContain('submitted')
    expect(shown.stdout).toContain('→ Call on Mondays')
    expect(shown.stdout).toContain('M (')
    expect(shown.stdout).toContain('Good plan')
    const bad = await abacus('--as', 'r@x.tw', 'report', 'monthly', '--month', '2026-13')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('Month must be a month written YYYY-MM.')
  })
})
