import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'abacus-analyze-'))
const db = `sqlite:${join(dir, 'analyze.db')}`

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

describe('abacus analyze', { timeout: 90_000 }, () => {
  beforeAll(async () => {
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
    const added = await abacus(...admin)
    expect(added.code, added.stderr).toBe(0)
    const demo = await abacus('demo')
    expect(demo.code, demo.stderr).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('prints the customer gain/loss as exactly the JSON of issue 6, the bridge adding up', async () => {
    const result = await abacus(
      'analyze',
      'customers',
      '--from',
      '2025-08-01',
      '--to',
      '2025-12-31',
      '--prev-from',
      '2025-03-01',
      '--prev-to',
      '2025-07-31',
      '--json',
    )
    expect(result.code).toBe(0)
    const out = JSON.parse(result.stdout)
    expect(Object.keys(out)).toEqual([
      'period',
      'previous',
      'new',
      'retained',
      'reactivated',
      'lost',
      'bridge',
    ])
    expect(out.period).toEqual({ from: '2025-08-01', to: '2025-12-31' })
    expect(out.previous).toEqual({ from: '2025-03-01', to: '2025-07-31' })
    expect(Object.keys(out.new)).toEqual(['count', 'sales'])
    expect(Object.keys(out.retained)).toEqual(['count', 'sales', 'previousSales'])
    expect(Object.keys(out.reactivated)).toEqual(['count', 'sales'])
    expect(Object.keys(out.lost)).toEqual(['count', 'previousSales'])
    const b = out.bridge
    expect(Object.keys(b)).toEqual([
      'previous',
      'new',
      'reactivated',
      'expansion',
      'contraction',
      'lost',
      'current',
    ])
    expect(b.previous + b.new + b.reactivated + b.expansion - b.contraction - b.lost).toBe(b.current)
    expect(b.current).toBeGreaterThan(0)
    expect(out.retained.count).toBeGreaterThan(0)
    for (const value of [b.previous, b.current, out.new.sales]) expect(Number.isInteger(value)).toBe(true)
  })

  it('prints growth as exactly {series: [{period, sales, growth}], cagr}', async () => {
    const result = await abacus(
      'analyze',
      'growth',
      '--from',
      '2024-01-01',
      '--to',
      '2025-12-31',
      '--by',
      'quarter',
      '--json',
    )
    expect(result.code).toBe(0)
    const out = JSON.parse(result.stdout)
    expect(Object.keys(out)).toEqual(['series', 'cagr'])
    expect(out.series).toHaveLength(8)
    expect(Object.keys(out.series[0])).toEqual(['period', 'sales', 'growth'])
    expect(out.series[0]).toMatchObject({ period: '2024-Q1', growth: null })
    expect(typeof out.cagr).toBe('number')
  })

  it('prints a readable table in the user’s language', async () => {
    const result = await abacus(
      '--lang',
      'zh-Hant',
      'analyze',
      'customers',
      '--from',
      '2025-01-01',
      '--to',
      '2025-12-31',
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('客戶得失分析：2025年對比2024年：')
    expect(result.stdout).toContain('銷售增減瀑布圖：')
    expect(result.stdout).toContain('新客戶')
  })

  it('refuses a period that ends before it starts, a reversed previous period and a bad --by', async () => {
    const reversed = await abacus(
      'analyze',
      'customers',
      '--from',
      '2025-12-31',
      '--to',
      '2025-01-01',
      '--json',
    )
    expect(reversed.code).toBe(1)
    expect(JSON.parse(reversed.stderr).error.details).toEqual([
      { path: 'to', message: 'The period must end on or after its first day.' },
    ])
    const previous = await abacus(
      'analyze',
      'sales',
      '--from',
      '2025-08-01',
      '--to',
      '2025-12-31',
      '--prev-from',
      '2025-07-31',
      '--prev-to',
      '2025-03-01',
    )
    expect(previous.code).toBe(1)
    expect(previous.stderr).toContain('The previous period must end on or after its first day.')
    const by = await abacus('analyze', 'growth', '--by', 'week')
    expect(by.code).toBe(1)
    expect(by.stderr).toContain('Group by must be one of: year, quarter, month.')
  })
})
