import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, localDateAt } from '../core/dates/local-date'
import { startCliDatabase, type CliDatabase } from '../test-support/cli-harness'

const today = localDateAt(new Date(), 'Asia/Taipei')
// The demo's follow-ups run up to today: the last four weeks hold records of every rep.
const from = addDays(today, -27)
const AUDITOR = 'auditor@demo.abacus.tw'

describe('abacus audit', { timeout: 120_000 }, () => {
  let cli: CliDatabase
  beforeAll(async () => {
    cli = await startCliDatabase({ demo: true })
  }, 180_000)
  afterAll(() => cli.close())

  it('refuses a share outside (0, 1] and a rep, exit 1 (the API tests cover the rest of bad input)', async () => {
    const share = await cli.run(
      '--as',
      AUDITOR,
      'audit',
      'draw',
      '--from',
      from,
      '--to',
      today,
      '--share',
      '1.5',
    )
    expect(share.code).toBe(1)
    expect(share.stderr).toContain('Share of records must be more than 0 and at most 1')
    const rep = await cli.run(
      '--as',
      'rep1@demo.abacus.tw',
      'audit',
      'draw',
      '--from',
      from,
      '--to',
      today,
      '--count',
      '1',
    )
    expect(rep.code).toBe(1)
    expect(rep.stderr).toContain('You do not have permission')
    // Only the demo's audited month is there.
    expect((await cli.run('--json', 'audit', 'list')).json()).toHaveLength(1)
  })

  it('draws with a seed, lists the work list, records a result, corrects it, and reports the rates', async () => {
    const drawn = await cli.run(
      '--as',
      AUDITOR,
      '--json',
      'audit',
      'draw',
      '--from',
      from,
      '--to',
      today,
      '--count',
      '1',
      '--seed',
      '99',
    )
    expect(drawn.code).toBe(0)
    const draw = drawn.json<{ id: string; reps: unknown[]; sampled: number }>()
    expect(draw).toMatchObject({ seed: 99, sampleCount: 1 })
    expect(draw.reps.length).toBeGreaterThan(1)
    expect(drawn.stderr).toContain('drawn (seed 99)')
    const list = (await cli.run('--json', 'audit', 'list', draw.id)).json<{ items: { recordId: string }[] }>()
    expect(list.items).toHaveLength(draw.sampled)
    const recordId = list.items[0]?.recordId as string
    // The auditor records what a call about a record of this draw found.
    const result = (globals: string[], record: string, ...flags: string[]) =>
      cli.run('--as', AUDITOR, ...globals, 'audit', 'result', draw.id, record, ...flags)
    const outside = await result([], 'some-record', '--result', 'confirmed', '--satisfaction', '4')
    expect(outside.code).toBe(1)
    expect(outside.stderr).toContain('not in the sample')
    const recorded = await result(['--lang', 'zh-Hant'], recordId, '--result', 'unreachable')
    expect(recorded.code).toBe(0)
    expect(recorded.stdout).toContain('已記錄無法聯繫')
    const again = await result([], recordId, '--result', 'confirmed', '--satisfaction', '5')
    expect(again.stderr).toContain('--version 2')
    const corrected = await result(
      ['--json'],
      recordId,
      '--result',
      'confirmed',
      '--satisfaction',
      '5',
      '--version',
      '2',
    )
    expect(corrected.json()).toMatchObject({ result: 'confirmed', satisfaction: 5, version: 3 })
    const rates = (await cli.run('--json', 'audit', 'rates', '--draw', draw.id)).json<{ total: unknown }>()
    expect(rates.total).toMatchObject({
      drawn: draw.sampled,
      confirmed: 1,
      pending: draw.sampled - 1,
      confirmationRate: 1,
    })
  })
})
