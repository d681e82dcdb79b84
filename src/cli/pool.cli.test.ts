import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDateAt } from '../core/dates/local-date'

const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'abacus-pool-'))
const db = `sqlite:${join(dir, 'pool.db')}`
const today = localDateAt(new Date(), 'Asia/Taipei')

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

describe('abacus pool', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    const user = (email: string, role: string) =>
      abacus('user', 'add', '--email', email, '--name', email, '--role', role, '--password', 'long enough pw')
    expect((await user('a@x.tw', 'admin')).code).toBe(0)
    expect((await user('r@x.tw', 'rep')).code).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('runs the daily return now or for a given date, in the chosen language', async () => {
    const first = await abacus('--json', 'pool', 'return')
    expect(first.code).toBe(0)
    expect(JSON.parse(first.stdout)).toEqual({ date: today, returned: 0, warned: 0 })
    const zh = await abacus('--lang', 'zh-Hant', 'pool', 'return', '--date', '2026-12-01')
    expect(zh.stdout).toBe('2026-12-01：0 位客戶退回公海；已提醒 0 位即將退回的客戶負責人。\n')
  })
  it('refuses a date that does not exist, and a person other than an admin, exit 1', async () => {
    const bad = await abacus('pool', 'return', '--date', '2026-02-30')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('YYYY-MM-DD')
    const rep = await abacus('--as', 'r@x.tw', 'pool', 'return')
    expect(rep.code).toBe(1)
    expect(rep.stderr).toContain('You do not have permission')
  })
  it('names what is missing when claiming, assigning or releasing', async () => {
    expect((await abacus('--as', 'r@x.tw', 'pool', 'claim', 'no-such-id')).stderr).toContain('Not found.')
    expect((await abacus('pool', 'assign', 'no-such-id', '--to', 'nobody@x.tw')).stderr).toContain(
      'No user with the email nobody@x.tw.',
    )
    expect((await abacus('pool', 'release', 'no-such-id')).code).toBe(1)
  })
})
