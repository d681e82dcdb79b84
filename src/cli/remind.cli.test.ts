import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCliDatabase, type CliDatabase } from '../test-support/cli-harness'

describe('abacus remind push', { timeout: 120_000 }, () => {
  let cli: CliDatabase
  let receiver: Server
  let url: string
  const bodies: { text: string }[] = []
  const setWebhook = (hook: string) => {
    const db = new Database(cli.file)
    db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run('reminder_push', JSON.stringify({ url: hook, kind: 'slack', enabled: false }))
    db.close()
  }
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
    cli = await startCliDatabase({ demo: true })
  }, 180_000)
  afterAll(async () => {
    await new Promise<void>((resolve) => receiver.close(() => resolve()))
    cli.close()
  })

  it('says so when no webhook is set up', async () => {
    const result = await cli.run('remind', 'push')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('No chat webhook is set up')
  })

  it('posts each rep’s agenda once, even with the morning push off, and reports it', async () => {
    setWebhook(url)
    const result = await cli.run('--json', 'remind', 'push', '--date', '2026-11-27')
    expect(result.code).toBe(0)
    const report = result.json<{ date: string; sent: number; failed: unknown[] }>()
    expect(report).toMatchObject({ date: '2026-11-27', failed: [] })
    expect(report.sent).toBeGreaterThan(0)
    expect(bodies).toHaveLength(report.sent)
    // In each rep's own language: the demo's reps read Traditional Chinese.
    expect(bodies[0]?.text).toMatch(/^\*.+ 的今日待辦（2026-11-27）\*\n(拜訪 \d+ · )?逾期 \d+ · 今日到期 \d+/)
    expect(result.stderr).toContain(`Agendas of 2026-11-27 pushed (slack): ${report.sent} sent`)
  })

  it('lists every message a dead receiver did not take, exits 1, and does not crash', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    setWebhook(`http://127.0.0.1:${port}/hook`)
    const result = await cli.run('remind', 'push')
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/0 sent, \d+ with nothing due, [1-9]\d* failed/)
    expect(result.stdout).toContain('Not delivered for')
    expect(result.stdout).toContain('ECONNREFUSED')
  })
})
