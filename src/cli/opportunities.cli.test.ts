import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localDateAt } from '../core/dates/local-date'
import { startCliDatabase, type CliDatabase } from '../test-support/cli-harness'

// The CLI runs on the real clock: what closes today falls in this month's analysis.
const today = localDateAt(new Date(), 'Asia/Taipei')

describe('abacus opportunity', { timeout: 90_000 }, () => {
  let cli: CliDatabase
  beforeAll(async () => {
    cli = await startCliDatabase({
      users: [
        { email: 'a@x.tw', name: 'a', role: 'admin' },
        { email: 'r@x.tw', name: 'r', role: 'rep' },
      ],
    })
    const file = join(cli.dir, 'customers.csv')
    writeFileSync(file, 'Customer ID,Customer Name,Owner\nC-1,鼎盛精密,r@x.tw\n')
    const imported = await cli.run('import', 'customers', file)
    expect(imported.code, imported.stderr).toBe(0)
  }, 120_000)
  afterAll(() => cli.close())

  it('adds, lists, moves through the hurdles, loses with a reason and analyses, with --json', async () => {
    const added = await cli.run(
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
    const list = await cli.run('--json', '--as', 'r@x.tw', 'opportunity', 'list')
    const [o] = list.json<{ id: string; amount: number; stage: string }[]>()
    expect(o).toMatchObject({ amount: 12_000_050, stage: 'person' })
    const id = (o as { id: string }).id
    expect((await cli.run('--as', 'r@x.tw', 'opportunity', 'move', id, '--stage', 'money')).stdout).toBe(
      'Opportunity "年度耗材" is now at stage Money.\n',
    )
    const noReason = await cli.run('--as', 'r@x.tw', 'opportunity', 'move', id, '--stage', 'lost')
    expect(noReason.code).toBe(1)
    expect(noReason.stderr).toContain('A lost opportunity needs a lost reason.')
    const lost = await cli.run(
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
    expect(lost.json()).toMatchObject({ stage: 'lost', lostAtStage: 'money', closedOn: today })
    const again = await cli.run('--as', 'r@x.tw', 'opportunity', 'move', id, '--stage', 'person')
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('only a sales manager or an administrator can reopen it')
    const analysis = await cli.run('--json', 'opportunity', 'analysis')
    expect(analysis.json()).toMatchObject({
      total: { count: 1, lost: 1, lostAmount: 12_000_050 },
      reasons: [{ reason: 'price', count: 1 }],
    })
    const text = await cli.run('opportunity', 'analysis', '--owner', 'r@x.tw')
    expect(text.stdout).toContain('won 0 (')
    expect(text.stdout).toContain('  Price too high: 1 (')
  })
  it('refuses a negative amount, an unknown stage and a date that does not exist, exit 1', async () => {
    const negative = await cli.run(
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
    expect((await cli.run('--json', 'opportunity', 'list')).json()).toHaveLength(1)
  })
})
