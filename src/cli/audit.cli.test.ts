import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, localDateAt } from '../core/dates/local-date'

const run = promisify(execFile)
const dir = mkdtempSync(join(tmpdir(), 'abacus-audit-'))
const db = `sqlite:${join(dir, 'audit.db')}`
const today = localDateAt(new Date(), 'Asia/Taipei')
// The demo's follow-ups run up to today: the last four weeks hold records of every rep.
const from = addDays(today, -27)
const AUDITOR = 'auditor@demo.abacus.tw'

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

describe('abacus audit', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    expect(
      (
        await abacus(
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
        )
      ).code,
    ).toBe(0)
    expect((await abacus('demo')).code).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('refuses a share outside (0, 1] and a rep, exit 1 (the API tests cover the rest of bad input)', async () => {
    const share = await abacus(
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
    const rep = await abacus(
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
    expect(JSON.parse((await abacus('--json', 'audit', 'list')).stdout)).toHaveLength(1)
  })

  it('draws with a seed, lists the work list, records a result, corrects it, and reports the rates', async () => {
    const drawn = await abacus(
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
    const draw = JSON.parse(drawn.stdout)
    expect(draw).toMatchObject({ seed: 99, sampleCount: 1 })
    expect(draw.reps.length).toBeGreaterThan(1)
    expect(drawn.stderr).toContain('drawn (seed 99)')
    const list = JSON.parse((await abacus('--json', 'audit', 'list', draw.id)).stdout)
    expect(list.items).toHaveLength(draw.sampled)
    const recordId = list.items[0].recordId
    const outside = await abacus(
      '--as',
      AUDITOR,
      'audit',
      'result',
      draw.id,
      'some-record',
      '--result',
      'confirmed',
      '--satisfaction',
      '4',
    )
    expect(outside.code).toBe(1)
    expect(outside.stderr).toContain('not in the sample')
    const recorded = await abacus(
      '--as',
      AUDITOR,
      '--lang',
      'zh-Hant',
      'audit',
      'result',
      draw.id,
      recordId,
      '--result',
      'unreachable',
    )
    expect(recorded.code).toBe(0)
    expect(recorded.stdout).toContain('已記錄無法聯繫')
    const again = await abacus(
      '--as',
      AUDITOR,
      'audit',
      'result',
      draw.id,
      recordId,
      '--result',
      'confirmed',
      '--satisfaction',
      '5',
    )
    expect(again.stderr).toContain('--version 2')
    const corrected = await abacus(
      '--as',
      AUDITOR,
      '--json',
      'audit',
      'result',
      draw.id,
      recordId,
      '--result',
      'confirmed',
      '--satisfaction',
      '5',
      '--version',
      '2',
    )
    expect(JSON.parse(corrected.stdout)).toMatchObject({ result: 'confirmed', satisfaction: 5, version: 3 })
    const rates = JSON.parse((await abacus('--json', 'audit', 'rates', '--draw', draw.id)).stdout)
    expect(rates.total).toMatchObject({
      drawn: draw.sampled,
      confirmed: 1,
      pending: draw.sampled - 1,
      confirmationRate: 1,
    })
  })
})
