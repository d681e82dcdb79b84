import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDateAt } from '../core/dates/local-date'

const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'abacus-opportunities-'))
const db = `sqlite:${join(dir, 'opportunities.db')}`
// The CLI runs on the real clock: what closes today falls in this month's analysis.
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

describe('abacus opportunity', { timeout: 90_000 }, () => {
  beforeAll(async () => {
    const add = (email: string, role: string) =>
      abacus(
        'user',
        'add',
        '--email',
        email,
        '--name',
        email[0] as string,
        '--role',
        role,
        '--password',
        'long enough pw',
      )
    expect((await add('a@x.tw', 'admin')).code).toBe(0)
    expect((await add('r@x.tw', 'rep')).code).toBe(0)
    const file = join(dir, 'customers.csv')
    writeFileSync(file, 'Customer ID,Customer Name,Owner\nC-1,鼎盛精密,r@x.tw\n')
    const imported = await abacus('import', 'customers', file)
    expect(imported.code, imported.stderr).toBe(0)
  }, 120_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('adds, lists, moves through the hurdles, loses with a reason and analyses, with --json', async () => {
    const added = await abacus(
      '--lang',
      'zh-Hant',
      '--as',
      'r@x.tw',
      'opportunity',
      'add',
      '--customer',
      'C-1',
      '--title',
      '年度耗材',
      '--amount',
      '120,000.50',
      '--expected',
      '2030-01-15',
    )
    expect(added.code, added.stderr).toBe(0)
    expect(added.stdout).toMatch(
      /^已為 鼎盛精密 新增商機「年度耗材」：.*120,000\.50，預計 2030-01-15 成交，階段：認可個人。\n$/,
    )
    const list = await abacus('--json', '--as', 'r@x.tw', 'opportunity', 'list')
    const [o] = JSON.parse(list.stdout) as { id: string; amount: number; stage: string }[]
    expect(o).toMatchObject({ amount: 12_000_050, stage: 'person' })
    const id = (o as { id: string }).id
    expect((await abacus('--as', 'r@x.tw', 'opportunity', 'move', id, '--stage', 'money')).stdout).toBe(
      'Opportunity "年度耗材" is now at stage Money.\n',
    )
    const noReason = await abacus('--as', 'r@x.tw', 'opportunity', 'move', id, '--stage', 'lost')
    expect(noReason.code).toBe(1)
    expect(noReason.stderr).toContain('A lost opportunity needs a lost reason.')
    const lost = await abacus(
      '--json',
      '--as',
      'r@x.tw',
      'opportunity',
      'move',
      id,
      '--stage',
      'lost',
      '--reason',
      'price',
    )
    expect(JSON.parse(lost.stdout)).toMatchObject({ stage: 'lost', lostAtStage: 'money', closedOn: today })
    const again = await abacus('--as', 'r@x.tw', 'opportunity', 'move', id, '--stage', 'person')
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('only a sales manager or an administrator can reopen it')
    const analysis = await abacus('--json', 'opportunity', 'analysis')
    expect(JSON.parse(analysis.stdout)).toMatchObject({
      total: { count: 1, lost: 1, lostAmount: 12_000_050 },
      reasons: [{ reason: 'price', count: 1 }],
    })
    const text = await abacus('opportunity', 'analysis', '--owner', 'r@x.tw')
    expect(text.stdout).toContain('won 0 (')
    expect(text.stdout).toContain('  Price too high: 1 (')
  })
  it('refuses a negative amount, an unknown stage and a date that does not exist, exit 1', async () => {
    const negative = await abacus(
      'opportunity',
      'add',
      '--customer',
      'C-1',
      '--title',
      'x',
      '--amount',
      '-5',
      '--expected',
      '2026-02-30',
      '--stage',
      'maybe',
    )
    expect(negative.code).toBe(1)
    expect(negative.stderr).toContain('Amount must be at least 0.')
    expect(negative.stderr).toContain('Expected close must be a real date')
    expect(negative.stderr).toContain('Stage must be one of: person, platform, money.')
    expect(JSON.parse((await abacus('--json', 'opportunity', 'list')).stdout)).toHaveLength(1)
  })
})
