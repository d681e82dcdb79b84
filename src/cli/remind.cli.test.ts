import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'abacus-remind-'))
const file = join(dir, 'remind.db')

async function abacus(...args: string[]) {
  try {
    const { stdout, stderr } = await run('node', ['bin/abacus.mjs', '--db', `sqlite:${file}`, ...args], {
      env: { ...process.env, LANG: 'C', ABACUS_TIME_ZONE: 'Asia/Taipei' },
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

const setWebhook = (url: string) => {
  const db = new Database(file)
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run('reminder_push', JSON.stringify({ url, kind: 'slack', enabled: false }))
  db.close()
}

describe('abacus remind push', { timeout: 120_000 }, () => {
  let receiver: Server
  let url: string
  const bodies: { text: string }[] = []
  beforeAll(async () => {
    receiver = createServer((request, response) => {
      let text = ''
      request.on('data', (chunk: Buffer) => (text += chunk.toString()))
      request.on('end', () => {
        bodies.push(JSON.parse(text) as { text: string })
        response.end('ok')
      })
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`
    const admin = [
      'user',
      'add',
      '--email',
      'a@x.tw',
      '--name',
      'A',
      '--role',
      'admin',
      '--password',
      'long enough pw',
    ]
    expect((await abacus(...admin)).code).toBe(0)
    expect((await abacus('demo')).code).toBe(0)
  })
  afterAll(async () => {
    await new Promise<void>((resolve) => receiver.close(() => resolve()))
    rmSync(dir, { recursive: true, force: true })
  })

  it('says so when no webhook is set up', async () => {
    const result = await abacus('remind', 'push')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('No chat webhook is set up')
  })

  it('posts each rep’s agenda once, even with the morning push off, and reports it', async () => {
    setWebhook(url)
    const result = await abacus('--json', 'remind', 'push', '--date', '2026-11-27')
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as { date: string; sent: number; failed: unknown[] }
    expect(report).toMatchObject({ date: '2026-11-27', failed: [] })
    expect(report.sent).toBeGreaterThan(0)
    expect(bodies).toHaveLength(report.sent)
    // In each rep's own language: the demo's reps read Traditional Chinese.
    expect(bodies[0]?.text).toMatch(/^\*.+ 的今日待辦（2026-11-27）\*\n逾期 \d+ · 今日到期 \d+/)
    expect(result.stderr).toContain(`Agendas of 2026-11-27 pushed (slack): ${report.sent} sent`)
  })

  it('lists every message a dead receiver did not take, exits 1, and does not crash', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    setWebhook(`http://127.0.0.1:${port}/hook`)
    const result = await abacus('remind', 'push')
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/0 sent, \d+ with nothing due, [1-9]\d* failed/)
    expect(result.stdout).toContain('Not delivered for')
    expect(result.stdout).toContain('ECONNREFUSED')
  })
})
