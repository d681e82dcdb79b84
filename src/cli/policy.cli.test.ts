import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_POLICY } from '../core/follow-ups/follow-up-policy'
import { startCliDatabase, type CliDatabase } from '../test-support/cli-harness'

describe('abacus policy', { timeout: 90_000 }, () => {
  let cli: CliDatabase
  beforeAll(async () => {
    cli = await startCliDatabase({
      users: [
        { email: 'a@x.tw', name: 'A', role: 'admin' },
        { email: 'r@x.tw', name: 'R', role: 'rep' },
      ],
    })
  }, 120_000)
  afterAll(() => cli.close())

  it('shows the rules in the reader’s language, and as the JSON the API takes', async () => {
    const shown = await cli.run('--lang', 'zh-Hant', 'policy')
    expect(shown.code, shown.stderr).toBe(0)
    expect(shown.stdout.split('\n').slice(0, 2)).toEqual([
      'ABC 分類：依最近 12 個月的銷售額；排名在前的客戶累計未達 80% 為 A 類，未達 95% 為 B 類，其餘為 C 類。',
      '跟進頻率：A 類至少每 7 天、B 類每 15 天、C 類每 30 天。',
    ])
    const json = await cli.run('policy', '--json')
    expect(json.json()).toEqual(DEFAULT_POLICY)
  })

  it('replaces them from a file, and refuses a bad one in the reader’s language, saving nothing', async () => {
    const file = join(cli.dir, 'policy.json')
    writeFileSync(file, JSON.stringify({ ...DEFAULT_POLICY, intervals: { A: 5, B: 10, C: 20 } }))
    const saved = await cli.run('policy', 'set', '--file', file)
    expect(saved.code, saved.stderr).toBe(0)
    expect(saved.stdout).toContain('Follow up at least every: A 5 days, B 10 days, C 20 days.')
    writeFileSync(file, JSON.stringify({ ...DEFAULT_POLICY, abc: { ...DEFAULT_POLICY.abc, shareB: 0.5 } }))
    const bad = await cli.run('--lang', 'zh-Hant', 'policy', 'set', '--file', file)
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('B 類客戶的累計占比必須高於 A 類客戶')
    expect((await cli.run('policy', '--json')).json()).toMatchObject({ intervals: { A: 5, B: 10, C: 20 } })
    const rep = await cli.run('--as', 'r@x.tw', 'policy')
    expect(rep.code).toBe(1)
    expect(rep.stderr).toContain('You do not have permission to do this.')
  })
})
