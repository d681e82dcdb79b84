import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'

const dir = mkdtempSync(join(tmpdir(), 'abacus-durability-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

type Outcome = { code: number | null; stdout: string; stderr: string; started: boolean }

/**
 * Runs `abacus serve --port 0` on a file of its own with `env`: either it exits (refused), or it
 * says it is running and is then stopped with SIGTERM as an operator would.
 */
function serve(file: string, env: NodeJS.ProcessEnv, ...global: string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['bin/abacus.mjs', '--db', `sqlite:${file}`, ...global, 'serve', '--port', '0'],
      {
        env: { ...process.env, LANG: 'C', ABACUS_LOG_LEVEL: 'warn', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stdout = ''
    let stderr = ''
    let started = false
    const timer = setTimeout(() => child.kill('SIGKILL'), 40_000)
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      if (!started && stdout.includes('Abacus is running at')) {
        started = true
        child.kill('SIGTERM')
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr, started })
    })
  })
}

/** Issue 9: the server refuses to start on SQLite settings that could lose commits unless told explicitly. */
describe('abacus serve and the SQLite durability settings', () => {
  it('refuses synchronous=normal with a translated message, writing nothing', async () => {
    const file = join(dir, 'normal.db')
    const english = await serve(file, { ABACUS_SQLITE_SYNCHRONOUS: 'normal' })
    expect(english.started).toBe(false)
    expect(english.code).toBe(1)
    expect(english.stderr).toContain(
      'ABACUS_SQLITE_SYNCHRONOUS=normal could lose saved changes in a crash or power cut, so Abacus does not start with it.',
    )
    expect(existsSync(file)).toBe(false)
  }, 60_000)

  it('refuses a journal kept in memory, and starts on it when ABACUS_ALLOW_UNSAFE_DURABILITY=1', async () => {
    const file = join(dir, 'memory-journal.db')
    const refused = await serve(file, { ABACUS_SQLITE_JOURNAL_MODE: 'memory' }, '--lang', 'zh-Hant')
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('ABACUS_SQLITE_JOURNAL_MODE=memory 在當機或斷電時可能遺失已儲存的變更')
    const allowed = await serve(file, {
      ABACUS_SQLITE_JOURNAL_MODE: 'memory',
      ABACUS_SQLITE_SYNCHRONOUS: 'off',
      ABACUS_ALLOW_UNSAFE_DURABILITY: '1',
    })
    expect(allowed.started).toBe(true)
    expect(allowed.stderr).toBe('')
    // It ran on the file (migrated) without leaving it in WAL mode.
    const sqlite = new SQLite(file, { readonly: true })
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('delete')
    expect(
      Number(sqlite.prepare('select count(*) as n from kysely_migration').pluck().get()),
    ).toBeGreaterThan(0)
    sqlite.close()
  }, 60_000)
})
